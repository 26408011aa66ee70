// The bar over the map's top-left: where the view is (a breadcrumb from the
// city down to the focused street, community or grid), the tree to drill
// down through (it closes on a pick, so as not to cover where the map went;
// it opens again at the focus), and the search box.
import { Breadcrumb, Button, Popover } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { STAND_IN_ROOT, type DivisionTree as Tree } from './division-tree.ts';
import { DivisionTree } from './DivisionTree.tsx';
import { TreeIcon } from './map-icons.tsx';
import { MapSearch } from './MapSearch.tsx';
import { dataLanguage, placeNameIn } from '../i18n/data-language.ts';

type Props = { tree: Tree; focus: string | null; onDrill: (code: string) => void; onCase: (c: CaseListItem) => void };

export function DrillBar({ tree, focus, onDrill, onCase }: Props) {
  const { t } = useTranslation();
  const [treeOpen, setTreeOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const language = dataLanguage(t);
  const path = focus ? tree.path(focus) : tree.rootCode ? tree.path(tree.rootCode) : [];
  const items = path.map((n, i) => {
    const name = n.code === STAND_IN_ROOT ? t('mapView.wholeCity') : placeNameIn(n.name, language);
    return {
      key: n.code,
      title: i === path.length - 1
        ? <span className="map-crumb-current" data-testid="map-crumb" data-code={n.code}>{name}</span>
        // A link with no address is skipped by Tab: each level up is a button, Enter and Space included.
        : <a role="button" tabIndex={0} onClick={() => onDrill(n.code)} onKeyDown={(e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          onDrill(n.code);
        }} data-testid="map-crumb" data-code={n.code}>{name}</a>,
    };
  });
  return (
    <div className="map-drillbar" data-testid="map-drillbar">
      <div className="map-drill-row">
        <Popover trigger="click" placement="bottomLeft" open={treeOpen} onOpenChange={setTreeOpen} arrow={false}
          content={<DivisionTree tree={tree} focus={focus} onPick={(code) => { setTreeOpen(false); onDrill(code); toggle.current?.focus(); }} />}>
          <Button ref={toggle} size="small" icon={<TreeIcon />} data-testid="map-tree-toggle">{t('mapView.tree')}</Button>
        </Popover>
        <MapSearch tree={tree} onPlace={onDrill} onCase={onCase} />
      </div>
      {items.length > 0 && <Breadcrumb className="map-breadcrumb" items={items} data-testid="map-breadcrumb" />}
    </div>
  );
}
