// The basemap setting: offline (default), 天地图 with a key, or any XYZ/TMS
// template, with a switch for GCJ-02 tiles. Applying it rebuilds the map.
import { Alert, Button, Input, Radio, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseBasemap, type BasemapSettings as Settings } from './basemap.ts';

type Draft = { kind: Settings['kind']; key: string; layer: 'vec' | 'img'; url: string; tms: boolean; gcj02: boolean };

const draftOf = (s: Settings): Draft => ({
  kind: s.kind,
  key: s.kind === 'tianditu' ? s.key : '',
  layer: s.kind === 'tianditu' ? s.layer : 'vec',
  url: s.kind === 'xyz' ? s.url : '',
  tms: s.kind === 'xyz' && s.scheme === 'tms',
  gcj02: s.kind === 'xyz' && s.gcj02,
});

export function BasemapSettings({ value, onApply }: { value: Settings; onApply: (s: Settings) => void }) {
  const { t } = useTranslation();
  const [d, setD] = useState(() => draftOf(value));
  const [invalid, setInvalid] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setInvalid(false);
    setD({ ...d, ...patch });
  };
  const apply = () => {
    const raw = d.kind === 'tianditu' ? { kind: 'tianditu', key: d.key.trim(), layer: d.layer }
      : d.kind === 'xyz' ? { kind: 'xyz', url: d.url.trim(), scheme: d.tms ? 'tms' : 'xyz', gcj02: d.gcj02 } : { kind: 'offline' };
    const parsed = parseBasemap(raw);
    if (parsed.kind !== d.kind) return setInvalid(true);
    onApply(parsed);
  };
  return (
    <div className="map-basemap" data-testid="map-basemap">
      <Radio.Group value={d.kind} onChange={(e) => set({ kind: e.target.value as Draft['kind'] })} optionType="button" size="small"
        options={[{ value: 'offline', label: t('mapView.basemap.offline') }, { value: 'tianditu', label: t('mapView.basemap.tianditu') }, { value: 'xyz', label: t('mapView.basemap.xyz') }]} />
      {d.kind === 'tianditu' && (
        <div className="map-basemap-fields">
          <Input size="small" placeholder={t('mapView.basemap.key')} value={d.key} onChange={(e) => set({ key: e.target.value })} />
          <Radio.Group size="small" value={d.layer} onChange={(e) => set({ layer: e.target.value as Draft['layer'] })}
            options={[{ value: 'vec', label: t('mapView.basemap.vec') }, { value: 'img', label: t('mapView.basemap.img') }]} />
        </div>
      )}
      {d.kind === 'xyz' && (
        <div className="map-basemap-fields">
          <Input size="small" placeholder={t('mapView.basemap.url')} value={d.url} onChange={(e) => set({ url: e.target.value })} />
          <div className="map-basemap-help">{t('mapView.basemap.urlHelp')}</div>
          <label className="map-basemap-check"><Switch size="small" checked={d.tms} onChange={(tms) => set({ tms })} />{t('mapView.basemap.tms')}</label>
          <label className="map-basemap-check"><Switch size="small" checked={d.gcj02} onChange={(gcj02) => set({ gcj02 })} />{t('mapView.basemap.gcj02')}</label>
          <div className="map-basemap-help">{t('mapView.basemap.gcj02Help')}</div>
        </div>
      )}
      {d.kind !== 'offline' && <div className="map-basemap-help">{t('mapView.basemap.onlineNote')}</div>}
      {invalid && <Alert type="error" showIcon title={t('mapView.basemap.invalid')} />}
      <Button type="primary" size="small" onClick={apply}>{t('mapView.basemap.apply')}</Button>
    </div>
  );
}
