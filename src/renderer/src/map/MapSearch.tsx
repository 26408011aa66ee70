// Search on the map: grid codes and division names from the reference data
// at once, and case codes (JQ-…) through the core's case search.
import { AutoComplete, Input } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { useApi } from '../api/context.ts';
import type { DivisionTree } from './division-tree.ts';
import { looksLikeCaseCode, searchPlaces } from './map-search.ts';
import { dataLanguage } from '../i18n/data-language.ts';
import { SearchGlyph } from '../app/SearchGlyph.tsx';

type Props = { tree: DivisionTree; onPlace: (code: string) => void; onCase: (c: CaseListItem) => void };

export function MapSearch({ tree, onPlace, onCase }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ text: string; cases: CaseListItem[] }>({ text: '', cases: [] });
  const language = dataLanguage(t);
  const { hits: places, total: placeCount } = useMemo(() => searchPlaces(tree, text, 12, language), [tree, text, language]);
  const caseQuery = looksLikeCaseCode(text) ? text.trim().toUpperCase() : '';
  useEffect(() => {
    if (!caseQuery) return;
    let alive = true;
    const timer = setTimeout(() => {
      void api.query('cases.search', { text: caseQuery, limit: 8 }).then((cases) => alive && setFound({ text: caseQuery, cases }), () => undefined);
    }, 150);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [api, caseQuery]);
  const cases = caseQuery && found.text === caseQuery ? found.cases : [];

  const options = [
    ...(places.length ? [{
      // Only the first dozen are listed: the group says so, or a street missing from them reads as not there.
      label: placeCount > places.length
        ? <div>{t('mapView.searchPlaces')}<div className="map-search-more" data-testid="map-search-more">{t('mapView.searchMore', { shown: places.length, count: placeCount })}</div></div>
        : t('mapView.searchPlaces'),
      options: places.map((p) => ({
        value: `place:${p.code}`,
        label: (
          <div className="map-search-hit" data-testid="map-search-hit">
            <span>{p.name}</span>
            <span className="map-search-sub">{t(`mapView.level.${p.level}`)}{p.level === 'grid' ? ` · ${p.code}` : ''}{p.context ? ` · ${p.context}` : ''}</span>
          </div>
        ),
      })),
    }] : []),
    ...(cases.length ? [{
      label: t('mapView.searchCases'),
      options: cases.map((c) => ({
        value: `case:${c.id}`,
        label: (
          <div className="map-search-hit" data-testid="map-search-hit">
            <span>{c.code ?? t('cases.noCode')}</span>
            <span className="map-search-sub">{c.title}</span>
          </div>
        ),
      })),
    }] : []),
  ];

  const pick = (value: string) => {
    setText('');
    const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    if (kind === 'place') onPlace(id);
    else {
      const c = cases.find((x) => x.id === id);
      if (c) onCase(c);
    }
  };

  const first = options[0]?.options[0]?.value;
  return (
    <AutoComplete
      className="map-search"
      value={text}
      options={options}
      onSearch={setText}
      onSelect={pick}
      // Enter takes the first hit (or the one the arrows moved to); the magnifier button the first.
      defaultActiveFirstOption
      notFoundContent={text.trim() ? t('mapView.noResult') : null}
      popupMatchSelectWidth={320}
    >
      <Input.Search size="small" allowClear placeholder={t('mapView.searchPlaceholder')} aria-label={t('mapView.searchPlaceholder')} data-testid="map-search"
        searchIcon={<SearchGlyph label={t('mapView.searchButton')} />}
        onSearch={(_value, event, info) => info?.source === 'input' && event?.type === 'click' && first && pick(first)} />
    </AutoComplete>
  );
}
