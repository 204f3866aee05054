import { Button, Descriptions, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { statusClass } from '../../components/statusClass';
import {
  BlockSlotsDocument,
  SetSlotsOpenAccessDocument,
  UnblockSlotsDocument,
  UnpublishSlotsDocument,
  type CapacitySlotsQuery,
} from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { usePlatformContext } from './PlatformConsole';

export type CalendarSlot = CapacitySlotsQuery['capacitySlots'][number];

/** One slot: what it is, who holds it, and what the operator may still do with it (only before it starts). */
export function SlotModal({
  slot,
  equipmentName,
  writable,
  onClose,
}: {
  slot: CalendarSlot;
  equipmentName: string;
  writable: boolean;
  onClose: (changed: boolean) => void;
}) {
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { platform } = usePlatformContext();
  const [reason, setReason] = useState('');
  const [block, blocking] = useMutation(BlockSlotsDocument);
  const [unblock, unblocking] = useMutation(UnblockSlotsDocument);
  const [unpublish, unpublishing] = useMutation(UnpublishSlotsDocument);
  const [mark, marking] = useMutation(SetSlotsOpenAccessDocument);
  const error = blocking.error ?? unblocking.error ?? unpublishing.error ?? marking.error;
  const [openedAt] = useState(() => Date.now());
  // Where focus goes back when the question is dismissed (Cancel, Escape): antd leaves it on the page's body.
  const removeButton = useRef<HTMLButtonElement>(null);
  const started = Date.parse(slot.startsAt) <= openedAt;
  const free = slot.status === 'OPEN' || slot.status === 'BLOCKED';
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onClose(true);
    } catch {
      // Shown in the dialog.
    }
  };
  const input = { slotIds: [slot.id], reason: reason.trim() || undefined };
  const holder = slot.holder;
  return (
    <Modal open title={w('slotDetails')} footer={null} onCancel={() => onClose(false)}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={w('equipment')}>{equipmentName}</Descriptions.Item>
        <Descriptions.Item label={w('time')}>
          {formatDateTime(slot.startsAt, lang)} – {formatDateTime(slot.endsAt, lang)} ({w('hours', { n: slot.hours })})
        </Descriptions.Item>
        <Descriptions.Item label={w('slotStatus')}>
          <Tag className={statusClass(slot.status)} data-testid="slot-status">
            {vocabulary.label('SlotStatus', slot.status)}
          </Tag>
          {slot.openAccess && <Tag className="tag-good">{w('openAccessShort')}</Tag>}
        </Descriptions.Item>
        {holder && (
          <Descriptions.Item label={w('heldBy')}>
            <span data-testid="slot-holder">
              {holder.organization ? pick(holder.organization.name, holder.organization.nameEn) : '—'}
            </span>{' '}
            ({vocabulary.phrase('SlotHolderKind', holder.kind)}
            {holder.heldUntil ? `, ${w('holdUntil', { time: formatDateTime(holder.heldUntil, lang) })}` : ''}){' '}
            {holder.kind === 'BOOKING' ? (
              <Link to={`/console/platforms/${platform.id}/inbox#booking-${holder.id}`}>{w('openInInbox')}</Link>
            ) : (
              <Link to={`/console/platforms/${platform.id}/requests`}>{w('openProposals')}</Link>
            )}
          </Descriptions.Item>
        )}
      </Descriptions>
      {writable && free && !started && (
        <>
          {slot.status === 'OPEN' && (
            <Input
              aria-label={w('blockReason')}
              placeholder={w('blockReason')}
              value={reason}
              maxLength={1000}
              onChange={(e) => setReason(e.target.value)}
              style={{ marginBottom: 8 }}
            />
          )}
          <Space wrap>
            {slot.status === 'OPEN' && (
              <Button loading={blocking.loading} onClick={() => act(() => block({ variables: { input } }))}>
                {w('block')}
              </Button>
            )}
            {slot.status === 'BLOCKED' && (
              <Button loading={unblocking.loading} onClick={() => act(() => unblock({ variables: { input } }))}>
                {w('unblock')}
              </Button>
            )}
            <Button
              loading={marking.loading}
              onClick={() =>
                act(() => mark({ variables: { input: { slotIds: [slot.id], openAccess: !slot.openAccess } } }))
              }
            >
              {slot.openAccess ? w('unmarkOpenAccess') : w('markOpenAccess')}
            </Button>
            {/* Not undone (a new slot would have to be published), and it may weigh on the obligation: asked first. */}
            <Popconfirm
              title={w('unpublishConfirm')}
              okText={w('unpublish')}
              okButtonProps={{ danger: true }}
              cancelText={w('cancel')}
              onConfirm={() => act(() => unpublish({ variables: { input } }))}
              onOpenChange={(open) => {
                if (!open) removeButton.current?.focus();
              }}
            >
              <Button ref={removeButton} danger loading={unpublishing.loading}>
                {w('unpublish')}
              </Button>
            </Popconfirm>
          </Space>
        </>
      )}
      {started && <p className="muted">{w('slotStarted')}</p>}
      {error && <ErrorAlert error={error} />}
    </Modal>
  );
}
