// The filter bar over the case list: a sort order, a 筛选 popover with one
// picker per field, and the active filters as tags that clear with a click.
// Pickers offer the values present in the loaded list (plus every priority,
// light, source and platform), named from the reference data.
import { Button, Popover, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { casePriorities, caseSources, platforms } from '../../../shared/domain/model.ts';
import { slaLights } from '../../../shared/domain/sla.ts';
import { activeFilters, categoryKey, sortKeys, type ListFilter, type SortKey } from './list-filters.ts';
import type { useDirectory } from './use-directory.ts';

type Props = {
  cases: readonly CaseListItem[];
  filter: ListFilter;
  sort: SortKey;
  names: ReturnType<typeof useDirectory>['names'];
  onFilter: (f: ListFilter) => void;
  onSort: (s: SortKey) => void;
};

const uniq = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();

export function ListFilters({ cases, filter, sort, names, onFilter, onSort }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const options = useMemo(() => ({
    priority: casePriorities.map((p) => ({ value: p, label: t(`priority.${p}`) })),
    light: slaLights.map((l) => ({ value: l, label: t(`filter.lights.${l}`) })),
    category: uniq(cases.map(categoryKey)).map((k) => {
      const [kind, code] = k.split(':') as [string, string];
      return { value: k, label: names.category(kind || null, code) };
    }),
    grid: uniq(cases.map((c) => c.gridCode)).map((g) => ({ value: g, label: g })),
    town: uniq(cases.map((c) => c.townCode)).map((code) => ({ value: code, label: names.division(code) })),
    source: caseSources.map((s) => ({ value: s, label: t(`source.${s}`) })),
    platform: platforms.map((p) => ({ value: p, label: t(`platforms.name.${p}`) })),
  }), [cases, names, t]);
  const fields = Object.keys(options) as (keyof ListFilter)[];
  const set = (key: keyof ListFilter, value: string | undefined) => {
    const next = { ...filter, [key]: value };
    if (value === undefined) delete next[key];
    onFilter(next);
  };
  const labelOf = (key: keyof ListFilter) => options[key].find((o) => o.value === filter[key])?.label ?? filter[key];
  const active = activeFilters(filter);
  const panel = (
    <div className="list-filter-panel" data-testid="filter-panel" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && setOpen(false)}>
      {fields.map((key) => (
        <label key={key} className="list-filter-field">
          <span>{t(`filter.${key}`)}</span>
          <Select
            size="small"
            allowClear
            showSearch
            optionFilterProp="label"
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
        <Popover content={panel} trigger="click" open={open} onOpenChange={setOpen} placement="bottomLeft" title={t('filter.title')}>
          <Button size="small" data-testid="filter-button" type={active.length ? 'primary' : 'default'}>
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
          <Tag key={key} closable onClose={() => set(key, undefined)} data-testid={`filter-tag-${key}`}>
            {t(`filter.${key}`)}: {labelOf(key)}
          </Tag>
        ))}
      </Space>
    </div>
  );
}
