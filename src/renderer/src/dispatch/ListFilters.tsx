// The filter bar over the case list: a sort order, a 筛选 popover with one
// picker per field, and the active filters as tags that clear with a click.
// The core applies the filter to the whole cache, so pickers offer every
// category and street of the reference data (grids: those in the list, and the
// chosen one), plus every priority, light, source and platform.
// Escape closes the panel and puts the focus back on its button.
import { Button, Popover, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { casePriorities, caseSources, platforms } from '../../../shared/domain/model.ts';
import { slaLights } from '../../../shared/domain/sla.ts';
import { categoryNames, categoryPath, type CatalogLanguage, type Category } from '../../../shared/catalog.ts';
import { placeNameEn } from '../../../shared/place-name-en.ts';
import { keywordsOf, optionMatches } from '../app/option-search.ts';
import { focusIfLost } from '../app/focus-if-lost.ts';
import { dataLanguage } from '../i18n/data-language.ts';
import { activeFilters, categoryKey, sortKeys, type ListFilter, type SortKey } from './list-filters.ts';
import type { Directory, useDirectory } from './use-directory.ts';

type Props = {
  cases: readonly CaseListItem[];
  directory: Directory | undefined;
  filter: ListFilter;
  sort: SortKey;
  names: ReturnType<typeof useDirectory>['names'];
  onFilter: (f: ListFilter) => void;
  onSort: (s: SortKey) => void;
};

/** A chart bar's categories by their 大类 (市容环境、街面秩序), as the bar was named; a few, then how many more. */
function majorNames(keys: string, byKey: ReadonlyMap<string, Category>, language: CatalogLanguage, separator: string): string {
  const names = [...new Set(keys.split(',').map((k) => {
    const c = byKey.get(k);
    return c ? categoryNames(c, language).major : k;
  }))];
  return names.length > 3 ? `${names.slice(0, 3).join(separator)} +${names.length - 3}` : names.join(separator);
}

const uniq = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();

export function ListFilters({ cases, directory, filter, sort, names, onFilter, onSort }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const language = dataLanguage(t);
  const button = useRef<HTMLButtonElement>(null);
  // Escape anywhere while the panel is open (focus on the button, in the panel or on the page) closes
  // it and returns the focus to its button, unless a picker's list is open: that Escape is the
  // picker's, and the next one the panel's. Read in the capture phase, before the picker closes.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('.list-filter-panel .ant-select-open')) return;
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);
  const catalogByKey = useMemo(() => new Map(directory?.catalog.map((c) => [`${c.kind}:${c.minorCode}`, c])), [directory]);
  const townNames = useMemo(() => new Map(directory?.divisions.map((d) => [d.code, d.name])), [directory]);
  const options = useMemo(() => ({
    priority: casePriorities.map((p) => ({ value: p, label: t(`priority.${p}`) })),
    light: slaLights.map((l) => ({ value: l, label: t(`filter.lights.${l}`) })),
    // Found by their names in both languages and their code, whatever the labels' language.
    category: uniq([...(directory?.catalog.map((c) => `${c.kind}:${c.minorCode}`) ?? []), ...cases.map(categoryKey), filter.category ?? null]).map((k) => {
      const [kind, code] = k.split(':') as [string, string];
      const c = catalogByKey.get(k);
      const label = names.category(kind || null, code);
      return { value: k, label, keywords: keywordsOf(label, code, ...(c ? [categoryPath(categoryNames(c, 'zh')), categoryPath(categoryNames(c, 'en'))] : [])) };
    }),
    grid: uniq([...cases.map((c) => c.gridCode), filter.grid ?? null]).map((g) => ({ value: g, label: g })),
    town: uniq([...(directory?.divisions.filter((d) => d.level === 'town').map((d) => d.code) ?? []), ...cases.map((c) => c.townCode), filter.town ?? null])
      .map((code) => {
        const zh = townNames.get(code);
        const label = names.division(code);
        return { value: code, label, keywords: keywordsOf(label, zh, zh && placeNameEn(zh)) };
      }),
    source: caseSources.map((s) => ({ value: s, label: t(`source.${s}`) })),
    platform: platforms.map((p) => ({ value: p, label: t(`platforms.name.${p}`) })),
  }), [cases, directory, filter.category, filter.grid, filter.town, names, t, catalogByKey, townNames]);
  // The categories a chart's bar opens are set by its link only, and shown as their tag.
  const fields = Object.keys(options) as (keyof typeof options)[];
  const set = (key: keyof ListFilter, value: string | undefined) => {
    const next = { ...filter, [key]: value };
    if (value === undefined) delete next[key];
    onFilter(next);
  };
  const labelOf = (key: keyof ListFilter) => (key === 'categories'
    ? majorNames(filter.categories ?? '', catalogByKey, language, language === 'en' ? ', ' : '、')
    : options[key].find((o) => o.value === filter[key])?.label ?? filter[key]);
  const active = activeFilters(filter);
  const panel = (
    <div className="list-filter-panel" data-testid="filter-panel">
      {fields.map((key) => (
        <label key={key} className="list-filter-field">
          <span>{t(`filter.${key}`)}</span>
          <Select
            size="small"
            allowClear
            showSearch
            filterOption={optionMatches}
            value={filter[key] ?? null}
            options={options[key]}
            onChange={(v: string | null | undefined) => set(key, v ?? undefined)}
            placeholder={t('filter.any')}
            aria-label={t(`filter.${key}`)}
            data-testid={`filter-${key}`}
            popupMatchSelectWidth={false}
            // Inside the panel, so picking an option is not a click outside it.
            getPopupContainer={(node: HTMLElement) => node.parentElement ?? document.body}
          />
        </label>
      ))}
    </div>
  );
  return (
    <div className="list-filters">
      <Space size={4} wrap>
        <Popover content={panel} trigger="click" open={open} onOpenChange={setOpen} placement="bottomLeft" title={t('filter.title')}
          // Opened from the keyboard, the panel takes the focus: Tab reached it only through the map's controls.
          afterOpenChange={(opened) => opened && document.querySelector<HTMLElement>('.list-filter-panel .ant-select-selection-search-input, .list-filter-panel input')?.focus()}>
          <Button ref={button} size="small" data-testid="filter-button" aria-expanded={open} aria-haspopup="dialog" type={active.length ? 'primary' : 'default'}>
            {t('filter.button')}{active.length ? ` (${active.length})` : ''}
          </Button>
        </Popover>
        <Select
          size="small"
          value={sort}
          onChange={onSort}
          options={sortKeys.map((k) => ({ value: k, label: t(`filter.sort.${k}`) }))}
          aria-label={t('filter.sortLabel')}
          data-testid="sort"
          popupMatchSelectWidth={false}
        />
        {active.map((key) => (
          <Tag key={key} closable onClose={() => {
            set(key, undefined);
            focusIfLost(() => button.current);
          }} data-testid={`filter-tag-${key}`}>
            {t(`filter.${key}`)}: {labelOf(key)}
          </Tag>
        ))}
      </Space>
    </div>
  );
}
