// The drill-down tree: district → street → community → grid, virtualised
// (about ten thousand nodes), with the focused node's path kept open.
import { Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useMemo, useRef, useState, type ComponentRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DivisionTree as Tree_ } from './division-tree.ts';
import type { CatalogLanguage } from '../../../shared/catalog.ts';
import { dataLanguage, placeNameIn } from '../i18n/data-language.ts';

const pathKeys = (tree: Tree_, focus: string | null): string[] => (focus ? tree.path(focus).map((n) => n.code) : []);

function toTreeData(tree: Tree_, code: string, countLabel: (n: number) => string, language: CatalogLanguage): DataNode[] {
  const node = tree.nodes.get(code);
  if (!node) return [];
  return node.children.map((c) => {
    const child = tree.nodes.get(c)!;
    const leaf = child.level === 'grid';
    const name = <span className="map-tree-name">{placeNameIn(child.name, language)}</span>;
    return {
      key: child.code,
      title: leaf ? name : <>{name}<span className="map-tree-count">{countLabel(child.gridCount)}</span></>,
      isLeaf: leaf,
      children: leaf ? undefined : toTreeData(tree, child.code, countLabel, language),
    };
  });
}

export function DivisionTree({ tree, focus, onPick }: { tree: Tree_; focus: string | null; onPick: (code: string) => void }) {
  const { t } = useTranslation();
  const language = dataLanguage(t);
  const data = useMemo(() => (tree.rootCode ? toTreeData(tree, tree.rootCode, (count) => t('mapView.gridCount', { count }), language) : []), [tree, t, language]);
  const [expanded, setExpanded] = useState<string[]>(() => pathKeys(tree, focus));
  // Follow a focus set elsewhere (a map click, the breadcrumb): open its path.
  const [seenFocus, setSeenFocus] = useState(focus);
  if (focus !== seenFocus) {
    setSeenFocus(focus);
    setExpanded([...new Set([...expanded, ...pathKeys(tree, focus)])]);
  }
  const ref = useRef<ComponentRef<typeof Tree>>(null);
  useEffect(() => {
    if (focus) ref.current?.scrollTo({ key: focus, align: 'auto' });
  }, [focus]);
  // Enter takes the node the arrows are on, as a click does (the tree's own Enter only expanded it; → expands).
  const active = useRef<string | null>(null);
  return (
    <div data-testid="map-tree" onKeyDownCapture={(e) => {
      if (e.key !== 'Enter' || !active.current) return;
      e.preventDefault();
      e.stopPropagation();
      onPick(active.current);
    }}>
    <Tree
      ref={ref}
      className="map-tree"
      treeData={data}
      virtual
      height={360}
      blockNode
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      selectedKeys={focus ? [focus] : []}
      onSelect={(_, info) => onPick(String(info.node.key))}
      onActiveChange={(key) => void (active.current = key === null || key === undefined ? null : String(key))}
    />
    </div>
  );
}
