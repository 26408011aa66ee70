// The tool column on the map's right edge: layers and basemap in popovers,
// and the grid boundary import check.
import { Button, Popover, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasemapSettings as Settings } from './basemap.ts';
import { BasemapSettings } from './BasemapSettings.tsx';
import type { LayerVisibility } from './layer-groups.ts';
import { LayerSwitch } from './LayerSwitch.tsx';
import { useLiveQuery } from '../api/use-live-query.ts';
import { mayImportGrids } from '../../../shared/domain/actor.ts';
import { GlobeIcon, ImportIcon, LayersIcon } from './map-icons.tsx';

type Props = { visibility: LayerVisibility; onVisibility: (v: LayerVisibility) => void; basemap: Settings; onBasemap: (s: Settings) => void; onImport: () => void };

export function MapToolbar({ visibility, onVisibility, basemap, onBasemap, onImport }: Props) {
  const { t } = useTranslation();
  // Offered only where the center would take it: a seat once checked a whole file to be refused at the end.
  const session = useLiveQuery('session.info', {}, ['link.changed']);
  const [layersOpen, setLayersOpen] = useState(false);
  const [basemapOpen, setBasemapOpen] = useState(false);
  return (
    <div className="map-toolbar">
      <ToolPopover title={t('mapView.layers')} icon={<LayersIcon />} testId="map-layers-button" open={layersOpen} onOpenChange={setLayersOpen}
        content={<LayerSwitch visibility={visibility} onChange={onVisibility} />} />
      <ToolPopover title={t('mapView.basemap.title')} icon={<GlobeIcon />} testId="map-basemap-button" open={basemapOpen} onOpenChange={setBasemapOpen}
        content={<BasemapSettings value={basemap} onApply={(s) => { setBasemapOpen(false); onBasemap(s); }} />} />
      {session && mayImportGrids(session) && (
        <Tooltip title={t('mapView.import.button')} placement="left">
          <Button className="map-tool" icon={<ImportIcon />} aria-label={t('mapView.import.button')} onClick={onImport} data-testid="map-import-button" />
        </Tooltip>
      )}
    </div>
  );
}

type ToolPopoverProps = { title: string; icon: ReactNode; testId: string; open: boolean; onOpenChange: (open: boolean) => void; content: ReactNode };

// The button's tooltip says the same as the popover's title, and on the same
// side it would cover the popover's first rows: it stays hidden while the
// popover is open.
function ToolPopover({ title, icon, testId, open, onOpenChange, content }: ToolPopoverProps) {
  const [hint, setHint] = useState(false);
  return (
    <Popover trigger="click" placement="leftTop" title={title} open={open} content={content}
      onOpenChange={(next) => { onOpenChange(next); if (next) setHint(false); }}>
      <Tooltip title={title} placement="left" open={hint && !open} onOpenChange={setHint}>
        <Button className="map-tool" icon={icon} aria-label={title} aria-expanded={open} data-testid={testId} />
      </Tooltip>
    </Popover>
  );
}
