// The tool column on the map's right edge: layers and basemap in popovers,
// and the grid boundary import check.
import { Button, Popover, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasemapSettings as Settings } from './basemap.ts';
import { BasemapSettings } from './BasemapSettings.tsx';
import type { LayerVisibility } from './layer-groups.ts';
import { LayerSwitch } from './LayerSwitch.tsx';
import { GlobeIcon, ImportIcon, LayersIcon } from './map-icons.tsx';

type Props = { visibility: LayerVisibility; onVisibility: (v: LayerVisibility) => void; basemap: Settings; onBasemap: (s: Settings) => void; onImport: () => void };

export function MapToolbar({ visibility, onVisibility, basemap, onBasemap, onImport }: Props) {
  const { t } = useTranslation();
  const [basemapOpen, setBasemapOpen] = useState(false);
  return (
    <div className="map-toolbar">
      <Popover trigger="click" placement="leftTop" title={t('mapView.layers')} content={<LayerSwitch visibility={visibility} onChange={onVisibility} />}>
        <Tooltip title={t('mapView.layers')} placement="left">
          <Button className="map-tool" icon={<LayersIcon />} aria-label={t('mapView.layers')} data-testid="map-layers-button" />
        </Tooltip>
      </Popover>
      <Popover trigger="click" placement="leftTop" title={t('mapView.basemap.title')} open={basemapOpen} onOpenChange={setBasemapOpen}
        content={<BasemapSettings value={basemap} onApply={(s) => { setBasemapOpen(false); onBasemap(s); }} />}>
        <Tooltip title={t('mapView.basemap.title')} placement="left">
          <Button className="map-tool" icon={<GlobeIcon />} aria-label={t('mapView.basemap.title')} data-testid="map-basemap-button" />
        </Tooltip>
      </Popover>
      <Tooltip title={t('mapView.import.button')} placement="left">
        <Button className="map-tool" icon={<ImportIcon />} aria-label={t('mapView.import.button')} onClick={onImport} data-testid="map-import-button" />
      </Tooltip>
    </div>
  );
}
