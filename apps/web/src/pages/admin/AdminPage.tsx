import { Button, Empty, Segmented, Select, Space, Table, Tag } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NotForYou } from '../../components/NotForYou';
import { usePageTitle } from '../../components/usePageTitle';
import {
  OrganizationsToVerifyDocument,
  VerifyOrganizationDocument,
  type OrganizationKind,
} from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';

/**
 * Site admins verify organizations of every kind: a verified GOVERNMENT organization gains rights over its region; a
 * verified start-up, SME, university or institute counts toward open-access obligations and may use vouchers.
 */
export default function AdminPage() {
  const w = useWorkspaceText();
  const { pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { user } = useSession();
  usePageTitle(w('adminTitle'));
  const [verified, setVerified] = useState(false);
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const { data, error, loading, refetch } = useQuery(OrganizationsToVerifyDocument, {
    variables: { filter: { verified, ...(kind ? { kinds: [kind] } : {}) } },
    skip: !user?.siteAdmin,
    fetchPolicy: 'cache-and-network',
  });
  const [verify, verifying] = useMutation(VerifyOrganizationDocument);
  if (!user?.siteAdmin) return <NotForYou reason={w('adminOnly')} />;
  return (
    <>
      <h1 className="page-title">{w('adminTitle')}</h1>
      <p className="muted">{w('adminIntro')}</p>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<'pending' | 'verified'>
          aria-label={w('showByVerification')}
          value={verified ? 'verified' : 'pending'}
          onChange={(v) => setVerified(v === 'verified')}
          options={[
            { value: 'pending', label: w('pendingVerification') },
            { value: 'verified', label: w('verifiedAuthorities') },
          ]}
        />
        <Select<OrganizationKind | ''>
          aria-label={w('organizationKind')}
          value={kind}
          onChange={setKind}
          style={{ minWidth: 200 }}
          options={[
            { value: '', label: w('allOrganizationKinds') },
            ...vocabulary
              .options('OrganizationKind')
              .map((o) => ({ value: o.value as OrganizationKind, label: o.label })),
          ]}
        />
      </Space>
      {(error ?? verifying.error) && <ErrorAlert error={error ?? verifying.error} onRetry={() => void refetch()} />}
      <Table
        rowKey="id"
        loading={loading && !data}
        pagination={false}
        dataSource={data?.organizations.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: <Empty description={w('nothingToVerify')} /> }}
        columns={[
          { title: w('organizationName'), render: (_, o) => pick(o.name, o.nameEn) },
          { title: w('organizationKind'), render: (_, o) => vocabulary.label('OrganizationKind', o.kind) },
          { title: w('location'), render: (_, o) => `${vocabulary.label('Province', o.province)} ${o.city}` },
          { title: w('creditCode'), render: (_, o) => o.creditCode ?? '—' },
          {
            title: w('jurisdiction'),
            render: (_, o) =>
              o.verified && o.kind !== 'GOVERNMENT' ? (
                <Tag className="tag-good">{w('verifiedOrganization')}</Tag>
              ) : o.verified ? (
                <Tag className="tag-good">
                  {o.authorityRegion === 'NATIONAL'
                    ? w('wholeCountry')
                    : vocabulary.label('Province', o.authorityRegion ?? o.province)}
                </Tag>
              ) : (
                <Tag className="tag-pending">{w('unverified')}</Tag>
              ),
          },
          {
            title: w('actions'),
            render: (_, o) =>
              !o.verified && (
                <Button
                  type="primary"
                  size="small"
                  loading={verifying.loading}
                  aria-label={`${w('verify')} ${pick(o.name, o.nameEn)}`}
                  onClick={async () => {
                    const reviewed = {
                      name: o.name,
                      nameEn: o.nameEn ?? null,
                      province: o.province,
                      creditCode: o.creditCode ?? null,
                    };
                    try {
                      await verify({ variables: { id: o.id, reviewed } });
                    } catch {
                      // Shown above the table; the list is read again, so a changed organization shows what it now holds.
                    }
                    void refetch();
                  }}
                >
                  {w('verify')}
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}
