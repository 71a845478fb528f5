import { Link, useLocation, useParams } from 'react-router';
import { AdminsOnly } from '../modules/routing/components/AdminsOnly';
import { AutomationSettings } from '../modules/routing/components/AutomationSettings';
import { RoutingSettings } from '../modules/routing/components/RoutingSettings';
import { PipelineSettings } from '../modules/settings/components/PipelineSettings';
import { PageHeader } from '../ui/PageHeader';

type SettingsSection = 'pipelines' | 'routing' | 'automations' | 'trash';

const SECTIONS: [SettingsSection, string, string][] = [
  ['pipelines', 'Pipelines', '/settings'],
  ['routing', 'Routing', '/settings/routing'],
  ['automations', 'Automations', '/settings/automations'],
  ['trash', 'Trash', '/trash'],
];

export function SettingsPage() {
  const { pipelineId } = useParams();
  const { pathname } = useLocation();
  const section: SettingsSection = pathname.startsWith('/settings/routing')
    ? 'routing'
    : pathname.startsWith('/settings/automations')
      ? 'automations'
      : 'pipelines';
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Pipelines and their stages, lead routing rules, and automations."
      />
      <nav aria-label="Settings sections" className="toolbar">
        {SECTIONS.map(([key, label, to]) => (
          <Link
            key={key}
            to={to}
            aria-current={section === key ? 'page' : undefined}
            className={`button button--small ${section === key ? 'button--primary' : ''}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      {section === 'routing' && (
        <AdminsOnly
          title="Routing is managed by admins"
          explanation="Admins set the rules that give each new lead an owner, and who takes part."
        >
          <RoutingSettings />
        </AdminsOnly>
      )}
      {section === 'automations' && (
        <AdminsOnly
          title="Automations are managed by admins"
          explanation="Admins set what happens on its own when a lead or deal changes."
        >
          <AutomationSettings />
        </AdminsOnly>
      )}
      {section === 'pipelines' && <PipelineSettings pipelineId={pipelineId} />}
    </>
  );
}
