// The dispatch workstation: link state in the header, the case list beside
// the live map, selection shared between them.
import { Button, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCases, useLinkState } from '../api/hooks.ts';
import { CaseList } from '../cases/CaseList.tsx';
import { ReportCaseDialog } from '../cases/ReportCaseDialog.tsx';
import { LinkBadge } from '../link/LinkBadge.tsx';
import { CaseMap } from '../map/CaseMap.tsx';

export function App() {
  const { t } = useTranslation();
  const cases = useCases();
  const link = useLinkState();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const mapCenter = (): [number, number] => {
    const c = window.__gccMap?.getCenter();
    return c ? [c.lng, c.lat] : [130.36, 46.8];
  };
  return (
    <Layout className="app">
      <Layout.Header className="app-header">
        <Typography.Title level={3} className="app-title">{t('app.title')}</Typography.Title>
        <span className="app-subtitle">{t('app.subtitle')}</span>
        <div className="app-header-right">
          <LinkBadge state={link} />
        </div>
      </Layout.Header>
      <Layout className="app-body">
        <Layout.Sider width={380} className="app-sider" theme="dark">
          <div className="sider-head">
            <Typography.Title level={5} className="sider-title">{t('cases.title')}</Typography.Title>
            <span className="sider-count" data-testid="case-count">{t('cases.count', { count: cases.length })}</span>
            <Button type="primary" size="small" onClick={() => setReporting(true)} data-testid="report-button">{t('cases.report')}</Button>
          </div>
          <CaseList cases={cases} selectedId={selectedId} onSelect={setSelectedId} />
        </Layout.Sider>
        <Layout.Content className="app-map">
          <CaseMap cases={cases} attribution={t('map.attribution')} selectedId={selectedId} onSelect={setSelectedId} />
        </Layout.Content>
      </Layout>
      <ReportCaseDialog open={reporting} onClose={() => setReporting(false)} point={mapCenter} />
    </Layout>
  );
}
