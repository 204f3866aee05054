import { createContext, useContext } from 'react';
import { Select } from 'antd';
import { NavLink, Outlet, useSearchParams } from 'react-router';
import { useSession, type CurrentUser } from '../../app/session';
import { NotForYou } from '../../components/NotForYou';
import { usePageTitle } from '../../components/usePageTitle';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { isAuthorityUser } from '../../app/capabilities';

export interface AuthorityScope {
  /** The user's jurisdiction: a province code, or NATIONAL (national authorities, site admins). */
  jurisdiction: string;
  /** The province shown: the jurisdiction's, or the one a national user picked (null until then). */
  province: string | null;
  /** NATIONAL or the province: what the dashboard pools. */
  scope: string;
  user: CurrentUser;
  expert: boolean;
  /** OWNER/ADMIN of an authority (or a site admin): they decide; members and experts read. */
  decides: boolean;
}

const Context = createContext<AuthorityScope | null>(null);

export function useAuthorityScope(): AuthorityScope {
  const value = useContext(Context);
  if (!value) throw new Error('useAuthorityScope outside AuthorityLayout');
  return value;
}

const TABS = [
  ['', 'tabDashboard'],
  ['compliance', 'tabCompliance'],
  ['levels', 'tabLevels'],
  ['rounds', 'tabRounds'],
  ['downloads', 'tabDownloads'],
] as const;

/** The authorities' dashboard: within the user's jurisdiction; national users pick a province where one is needed. */
export default function AuthorityLayout() {
  const w = useWorkspaceText();
  const { pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  usePageTitle(w('authorityTitle'));
  if (!user || !isAuthorityUser(user)) return <NotForYou reason={w('authorityOnly')} />;
  const jurisdiction = user.siteAdmin ? 'NATIONAL' : (user.organization?.authorityRegion ?? 'NATIONAL');
  const national = jurisdiction === 'NATIONAL';
  const province = national ? params.get('province') : jurisdiction;
  const expert = user.role === 'EXPERT';
  const value: AuthorityScope = {
    jurisdiction,
    province,
    scope: province ?? 'NATIONAL',
    user,
    expert,
    decides: user.siteAdmin || user.role === 'OWNER' || user.role === 'ADMIN',
  };
  const tabs = expert ? TABS.filter(([path]) => path === 'rounds') : TABS;
  const query = params.toString() ? `?${params.toString()}` : '';
  return (
    <Context.Provider value={value}>
      <div className="results-header">
        <h1 className="page-title">{w('authorityTitle')}</h1>
        {national && !expert ? (
          <span>
            <label htmlFor="authority-province" className="muted" style={{ marginRight: 8 }}>
              {w('province')}
            </label>
            <Select
              id="authority-province"
              style={{ minWidth: 180 }}
              allowClear
              placeholder={w('wholeCountry')}
              value={province ?? undefined}
              showSearch={{ optionFilterProp: 'label' }}
              options={vocabulary.options('Province')}
              onChange={(value?: string) => {
                const next = new URLSearchParams(params);
                if (value) next.set('province', value);
                else next.delete('province');
                setParams(next);
              }}
            />
          </span>
        ) : (
          <span className="muted">
            {pick(user.organization?.name ?? '', user.organization?.nameEn)} ·{' '}
            {national ? w('wholeCountry') : vocabulary.label('Province', jurisdiction)}
          </span>
        )}
      </div>
      <nav aria-label={w('authoritySections')} className="tab-nav">
        {tabs.map(([path, label]) => (
          <NavLink key={path} to={`/authority${path ? `/${path}` : ''}${query}`} end={path === ''} className="tab-link">
            {w(label)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </Context.Provider>
  );
}

/** For tabs that need one province (a national user must pick one first). */
export function ProvinceRequired() {
  const w = useWorkspaceText();
  return <p className="panel muted">{w('pickProvince')}</p>;
}
