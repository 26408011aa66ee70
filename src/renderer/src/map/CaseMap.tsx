// The live grid map: the offline base, grids colored by live status, case
// points (clustered) and heat, drill-down from district to grid, search, and
// the grid card. Selection is shared with the list through selectedId/onSelect.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { CaseListChanges } from '../api/case-changes.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { SLA_RECHECK_MS } from '../../../shared/grid-status.ts';
import { basemapCreditKey, isGcj02, type BasemapSettings } from './basemap.ts';
import { useApi } from '../api/context.ts';
import { fitBox, keepClearOfCard } from './camera.ts';
import { buildDivisionTree } from './division-tree.ts';
import { drillTarget } from './drill.ts';
import { DrillBar } from './DrillBar.tsx';
import { GridCard } from './GridCard.tsx';
import { GridImportDialog } from './grid-import/GridImportDialog.tsx';
import { loadVisibility, saveVisibility, type LayerVisibility } from './layer-groups.ts';
import { MapLegend } from './LayerSwitch.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { projectionFor } from './projection.ts';
import { useCasePoints, useSelectedCaseMark } from './use-case-overlay.ts';
import { useFlyToSelection } from './use-fly-to-selection.ts';
import { useFocusFollowsView } from './use-focus-follows-view.ts';
import { useGridFocus, useGridPolygons, useGridStatus } from './use-grid-overlay.ts';
import { useLayerVisibility } from './use-layer-visibility.ts';
import { useMapClicks } from './use-map-clicks.ts';
import { useBasemapHealth } from './use-basemap-health.ts';
import { useMapInstance } from './use-map-instance.ts';
import { scaleMapSizes } from './wall-scale.ts';
import { useWallFrame } from './use-wall-frame.ts';
import { errorText } from '../i18n/refusal.ts';
import { dataLanguage } from '../i18n/data-language.ts';

type Props = {
  /** Undefined while the view's list is asked (another queue's, say): the points shown stay until it comes. */
  cases: readonly CaseListItem[] | undefined;
  /** The ids the core named as changed since the `cases` handed over before: the map then diffs only those. */
  changes?: CaseListChanges | null;
  attribution: string; selectedId: string | null; onSelect: (id: string) => void;
  /** The wall: no toolbar, drill bar or grid card (no one to use them), and labels and points `sizeScale` times larger. */
  wall?: { sizeScale: number };
};

/**
 * The basemap setting lives in the core. A change reloads the page: the host's
 * Content-Security-Policy admits a tile origin only from the next page load.
 */
export function CaseMap(props: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const basemap = useLiveQuery('settings.basemap', {}, []);
  const apply = useCallback((b: BasemapSettings) => {
    // Refused (a key or URL the core does not take), the map keeps the basemap it has, and says why.
    api.command('settings.setBasemap', b).then(() => location.reload(), (err: unknown) => void message.error(errorText(err, t)));
  }, [api, message, t]);
  if (!basemap) return <div className="map-shell" />;
  return <LiveMap {...props} basemap={basemap} onBasemap={apply} />;
}

function LiveMap({ cases, changes = null, attribution, selectedId, onSelect, basemap, onBasemap, wall }: Props & { basemap: BasemapSettings; onBasemap: (b: BasemapSettings) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const gcj02 = isGcj02(basemap);
  const project = useMemo(() => projectionFor(gcj02), [gcj02]);
  const { t } = useTranslation();
  const creditKey = basemapCreditKey(basemap);
  const credits = useMemo(() => (creditKey ? [attribution, t(creditKey)] : [attribution]), [attribution, creditKey, t]);
  const ui = useMemo(() => ({ zoomIn: t('mapView.zoomIn'), zoomOut: t('mapView.zoomOut'), language: dataLanguage(t) }), [t]);
  const map = useMapInstance(container, { attribution: credits, ui, basemap, project, gcj02 });
  const basemapHealth = useBasemapHealth(map);

  const grids = useLiveQuery('reference.grids', {}, ['reference.changed']);
  const directory = useLiveQuery('reference.directory', {}, ['reference.changed']);
  const statuses = useLiveQuery('grids.status', {}, ['cases.changed'], true, SLA_RECHECK_MS);
  const tree = useMemo(() => buildDivisionTree(directory?.divisions ?? [], grids?.grids ?? []), [directory, grids]);

  const [focus, setFocus] = useState<string | null>(null);
  const [cardGrid, setCardGrid] = useState<string | null>(null);
  const [visibility, setVisibility] = useState<LayerVisibility>(loadVisibility);
  const [importing, setImporting] = useState(false);

  useGridPolygons(map, grids?.grids, grids?.fetchedAt, project, gcj02, ui.language);
  useGridStatus(map, statuses);
  useGridFocus(map, cardGrid, grids?.grids, project);
  const clusterExpansionZoom = useCasePoints(map, cases, changes, project, visibility.heat);
  useSelectedCaseMark(map, selectedId, cases, project);
  useWallFrame(map, cases, project, !!wall);
  useLayerVisibility(map, visibility);
  const cardGridRef = useRef(cardGrid);
  const treeRef = useRef(tree);
  useEffect(() => {
    cardGridRef.current = cardGrid;
    treeRef.current = tree;
  });
  const [cardFolded, setCardFolded] = useState(false);
  const cardFoldedRef = useRef(cardFolded);
  useEffect(() => {
    cardFoldedRef.current = cardFolded;
  });
  // A folded card is a strip across the top: the camera need not keep clear of it.
  const cardOpen = useCallback(() => cardGridRef.current !== null && !cardFoldedRef.current, []);
  const gridBox = useCallback((code: string) => treeRef.current.nodes.get(code)?.bbox, []);
  // An open card follows the case flown to, to its grid: left on the grid before, it would show another grid's team and cases.
  // With no card, the breadcrumb follows it to its grid's community (its town where it lies in no grid).
  const followFlight = useCallback((c: { gridCode?: string | null; townCode?: string | null }) => {
    const nodes = treeRef.current.nodes;
    const grid = c.gridCode && nodes.has(c.gridCode) ? c.gridCode : null;
    if (cardGridRef.current) {
      if (!grid || grid === cardGridRef.current) return;
      setCardGrid(grid);
      setFocus(grid);
      return;
    }
    const place = grid ? nodes.get(grid)?.parentCode : c.townCode && nodes.has(c.townCode) ? c.townCode : null;
    if (place) setFocus(place);
  }, []);
  const flyToPick = useFlyToSelection(map, selectedId, cases, project, cardOpen, gridBox, followFlight);
  const sizeScale = wall?.sizeScale ?? 1;
  useEffect(() => (map && sizeScale !== 1 ? scaleMapSizes(map, sizeScale) : undefined), [map, sizeScale]);

  const drill = useCallback((code: string, move = true) => {
    const node = tree.nodes.get(code);
    if (!node) return;
    setFocus(code);
    setCardGrid(node.level === 'grid' ? code : null);
    const cardBeside = node.level === 'grid' && !cardFolded;
    if (map && move) fitBox(map, node.bbox, node.level, project, cardBeside);
    else if (map && cardBeside) keepClearOfCard(map, node.bbox, project);
  }, [map, tree, project, cardFolded]);

  useFocusFollowsView(map, { tree, focus, cardOpen: cardGrid !== null, project, onFocus: setFocus });

  useMapClicks(map, {
    expansionZoom: clusterExpansionZoom,
    onCase: onSelect,
    onGrid: (code, zoom) => {
      const target = drillTarget(tree, focus, code, zoom);
      // Opening a grid already in view keeps the camera still; a division is flown to.
      if (target) drill(target.code, target.level !== 'grid' || zoom < 13);
    },
  });

  // A pick on the card or in the search flies at once, to the point it has (the selection it makes does not fly again).
  const selectCase = useCallback((c: { id: string; point: readonly [number, number]; gridCode?: string | null }) => {
    flyToPick(c);
    onSelect(c.id);
  }, [flyToPick, onSelect]);

  // The breadcrumb steps back to the grid's community with the card closed.
  const closeCard = useCallback(() => {
    setCardGrid(null);
    setFocus((f) => (f && tree.nodes.get(f)?.level === 'grid' ? (tree.nodes.get(f)?.parentCode ?? null) : f));
  }, [tree]);

  // Unfolded, the card covers the map's right again: the grid slides out from under it if it must.
  const foldCard = (folded: boolean) => {
    setCardFolded(folded);
    const box = cardGrid ? tree.nodes.get(cardGrid)?.bbox : undefined;
    if (!folded && map && box) keepClearOfCard(map, box, project);
  };

  const changeVisibility = (v: LayerVisibility) => {
    saveVisibility(v);
    setVisibility(v);
  };

  return (
    <div className="map-shell">
      {/* Before the canvas in the DOM (drawn over it by their z-index): Tab reaches the tree and the search before the map's own zoom buttons. */}
      {map && !wall && (
        <>
          <DrillBar tree={tree} focus={focus} onDrill={drill} onCase={selectCase} />
          <MapToolbar visibility={visibility} onVisibility={changeVisibility} basemap={basemap} onBasemap={onBasemap} onImport={() => setImporting(true)} />
        </>
      )}
      <div ref={container} className="case-map" data-testid="case-map" data-case-count={cases?.length} data-focus={focus ?? ''} />
      {/* Until its style and first tiles are in (seconds on a wall PC drawing without a GPU) the canvas is blank: say why. */}
      {!map && <div className="map-loading" role="status" data-testid="map-loading">{t('mapView.loading')}</div>}
      {map && wall && <MapLegend grids cases />}
      {map && !wall && (
        <>
          <GridImportDialog open={importing} divisions={directory?.divisions ?? []} existing={grids?.grids ?? []} onClose={() => setImporting(false)}
            onShow={(at) => {
              setImporting(false);
              map.flyTo({ center: project(at), zoom: 15 });
            }} />
          <MapLegend grids={visibility.gridStatus} cases={visibility.cases} />
          {basemapHealth.failing && (
            <div className="map-basemap-failing" role="status" data-testid="map-basemap-failing">{t('mapView.basemap.failing', { count: basemapHealth.failedTiles })}</div>
          )}
          {cardGrid && <GridCard gridCode={cardGrid} selectedId={selectedId} onSelectCase={selectCase} onClose={closeCard} folded={cardFolded} onFold={foldCard} />}
        </>
      )}
    </div>
  );
}
