// The workstation shell: title, the signed-in seat, the link state on every
// screen, and the dispatch workstation.
import { Button, Layout, Segmented, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLinkState } from '../api/hooks.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { ReportCaseDialog } from '../cases/ReportCaseDialog.tsx';
import { DispatchView } from '../dispatch/DispatchView.tsx';
import { AttentionDrawer } from '../link/AttentionDrawer.tsx';
import { LinkBadge } from '../link/LinkBadge.tsx';
import { BigScreen } from '../bigscreen/BigScreen.tsx';
import { PlatformsView } from '../platforms/PlatformsView.tsx';
import { routes, useRoute } from './routes.ts';
import { useNotifications } from './use-notifications.ts';
import { LanguageSwitch } from './locale.tsx';
import { mapCenterWgs84 } from '../map/map-center.ts';
import { mayReport } from '../../../shared/domain/case-workflow.ts';

export function App() {
  const [route] = useRoute();
  // The big screen is a whole wall: no workstation chrome around it.
  return route === 'bigscreen' ? <BigScreen /> : <Workstation />;
}

function Workstation() {
  const { t } = useTranslation();
  const link = useLinkState();
  const session = useLiveQuery('session.info', {}, ['link.changed']);
  const [reporting, setReporting] = useState(false);
  const [attention, setAttention] = useState(false);
  const [route, go] = useRoute();
  const [muted, setMuted] = useNotifications();
  const userLabel = session && `${session.displayName} · ${t(`role.${session.role}`, { defaultValue: session.role })}`;
  const mapCenter = (): [number, number] => mapCenterWgs84() ?? [130.36, 46.8];
  return (
    <Layout className="app">
      <Layout.Header className="app-header">
        <Typography.Title level={3} className="app-title">{t('app.title')}</Typography.Title>
        <Segmented
          // One Tab stop, on the chosen option: rc-segmented also makes its group a stop of its own, where the arrows do nothing (so too the middle switch and the wishes' tabs).
          tabIndex={-1}
          className="app-nav"
          value={route}
          onChange={(r) => go(r)}
          options={routes.map((r) => ({ value: r, label: t(`nav.${r}`) }))}
          aria-label={t('nav.label')}
          data-testid="app-nav"
        />
        <div className="app-header-right">
          {session && mayReport(session.role) && <Button type="primary" onClick={() => setReporting(true)} data-testid="report-button">{t('cases.report')}</Button>}
          <Tooltip title={t('notify.muteHint')}>
            <Button onClick={() => setMuted(!muted)} aria-pressed={muted} data-testid="mute">{muted ? t('notify.muted') : t('notify.on')}</Button>
          </Tooltip>
          <LanguageSwitch />
          {userLabel && <span className="app-user" data-testid="session-user" title={userLabel}>{userLabel}</span>}
          <LinkBadge state={link} onAttention={() => setAttention(true)} />
        </div>
      </Layout.Header>
      <Layout.Content className="app-body">
        {route === 'platforms' ? <PlatformsView /> : <DispatchView attribution={t('map.attribution')} />}
      </Layout.Content>
      <ReportCaseDialog open={reporting} onClose={() => setReporting(false)} point={mapCenter} />
      <AttentionDrawer open={attention} onClose={() => setAttention(false)} />
    </Layout>
  );
}
