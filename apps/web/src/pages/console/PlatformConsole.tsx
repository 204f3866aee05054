import { createContext, useContext } from 'react';
import { Skeleton, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { PageError } from '../../components/PageError';
import { NotForYou } from '../../components/NotForYou';
import { statusClass } from '../../components/statusClass';
import { usePageTitle } from '../../components/usePageTitle';
import { ConsolePlatformDocument, type ConsolePlatformQuery } from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { canWrite, isOperator } from '../../app/capabilities';

export interface PlatformContext {
  platform: ConsolePlatformQuery['platform'];
  offerings: ConsolePlatformQuery['offerings']['edges'][number]['node'][];
  writable: boolean;
  refetch: () => void;
}

const Context = createContext<PlatformContext | null>(null);

/** The platform the console's tabs work on, loaded once by the layout. */
export function usePlatformContext(): PlatformContext {
  const value = useContext(Context);
  if (!value) throw new Error('usePlatformContext outside PlatformConsole');
  return value;
}

const TABS = [
  ['', 'tabOverview'],
  ['catalog', 'tabCatalog'],
  ['calendar', 'tabCalendar'],
  ['inbox', 'tabInbox'],
  ['requests', 'tabRequests'],
  ['obligation', 'tabObligation'],
] as const;

/** One platform in the console: its tabs (each a route and a chunk of its own) below its name and status. */
export default function PlatformConsole() {
  const { id = '' } = useParams();
  const { pick } = useLanguage();
  const w = useWorkspaceText();
  const vocabulary = useVocabulary();
  const { user } = useSession();
  const { data, error, refetch } = useQuery(ConsolePlatformDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const platform = data?.platform;
  usePageTitle(platform ? pick(platform.name, platform.nameEn) : w('consoleTitle'));
  if (!user || !isOperator(user)) return <NotForYou reason={w('consoleOnly')} />;
  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!platform) return <Skeleton active />;
  // Another organization's platform: its public page is the search; its console (slots, inbox, obligation) is not
  // this user's, and the API would refuse every tab.
  if (platform.organizationId !== user.organization?.id) return <NotForYou reason={w('consoleNotYours')} />;
  const context: PlatformContext = {
    platform,
    offerings: data.offerings.edges.map((e) => e.node),
    writable: canWrite(user),
    refetch: () => void refetch(),
  };
  return (
    <Context.Provider value={context}>
      <p className="breadcrumb">
        <Link to="/console">{w('consoleTitle')}</Link>
      </p>
      <div className="results-header">
        <h1 className="page-title">{pick(platform.name, platform.nameEn)}</h1>
        <span>
          <Tag className={statusClass(platform.status)} data-testid="platform-status">
            {vocabulary.label('PlatformStatus', platform.status)}
          </Tag>
          <Tag className="tag-info">{vocabulary.label('PlatformLevel', platform.level)}</Tag>
        </span>
      </div>
      <nav aria-label={w('platformSections')} className="tab-nav">
        {TABS.map(([path, label]) => (
          <NavLink key={path} to={`/console/platforms/${id}${path ? `/${path}` : ''}`} end className="tab-link">
            {w(label)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </Context.Provider>
  );
}
