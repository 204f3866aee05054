import { useState } from 'react';
import { Empty, Select, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';
import type { BookingStatus } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { statusClass } from '../../components/statusClass';
import { MyBookingsDocument } from '../../gql/graphql';

export default function BookingsPage() {
  const { t, lang, pick } = useLanguage();
  usePageTitle(t('bookingsTitle'));
  const vocabulary = useVocabulary();
  const [status, setStatus] = useState<BookingStatus | undefined>(undefined);
  const { data, error, loading, refetch } = useQuery(MyBookingsDocument, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.myBookings.edges.map((e) => e.node) ?? [];

  return (
    <>
      <h1 className="page-title">{t('bookingsTitle')}</h1>
      <div style={{ marginBottom: 12 }}>
        <label htmlFor="booking-status" className="muted" style={{ marginRight: 8 }}>
          {t('status')}
        </label>
        <Select
          id="booking-status"
          style={{ minWidth: 160 }}
          value={status ?? ''}
          onChange={(value: string) => setStatus((value || undefined) as BookingStatus | undefined)}
          options={[{ value: '', label: t('allStatuses') }, ...vocabulary.options('BookingStatus')]}
        />
      </div>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <Table
          rowKey="id"
          loading={loading && !data}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={<Link to="/">{t('noBookings')}</Link>} /> }}
          columns={[
            {
              title: t('service'),
              render: (_, b) => (
                <Link to={`/bookings/${b.id}`}>{b.offering ? pick(b.offering.title, b.offering.titleEn) : b.id}</Link>
              ),
            },
            {
              title: t('status'),
              render: (_, b) => (
                <Tag className={statusClass(b.status)}>{vocabulary.label('BookingStatus', b.status)}</Tag>
              ),
            },
            { title: t('firstSlot'), render: (_, b) => formatDateTime(b.firstSlotStartsAt, lang) },
            { title: t('createdAt'), render: (_, b) => formatDateTime(b.createdAt, lang) },
          ]}
        />
      )}
    </>
  );
}
