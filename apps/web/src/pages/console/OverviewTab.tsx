import { Button, Popconfirm, Space, message } from 'antd';
import { useMutation } from '@apollo/client/react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PublishPlatformDocument, SuspendPlatformDocument, UpdatePlatformDocument } from '../../gql-workspace/graphql';
import { useWorkspaceText } from '../../i18n/workspace';
import type { WorkspaceKey } from '../../i18n/workspace-messages';
import { usePlatformContext } from './PlatformConsole';
import { PlatformForm } from './PlatformForm';

/** The platform's profile, edited in place, and its publication: draft → published ⇄ suspended (archived). */
export default function OverviewTab() {
  const w = useWorkspaceText();
  const { platform, writable, refetch } = usePlatformContext();
  const [messages, holder] = message.useMessage();
  const [update] = useMutation(UpdatePlatformDocument);
  const [publish, publishing] = useMutation(PublishPlatformDocument);
  const [suspend, suspending] = useMutation(SuspendPlatformDocument);
  return (
    <>
      {holder}
      <section className="panel" aria-labelledby="platform-publication">
        <h2 id="platform-publication" className="section-title">
          {w('publication')}
        </h2>
        <p className="muted">{w(`publicationHint${platform.status}` as WorkspaceKey)}</p>
        {writable && (
          <Space>
            {platform.status !== 'PUBLISHED' && (
              <Button
                type="primary"
                loading={publishing.loading}
                onClick={async () => {
                  try {
                    await publish({ variables: { id: platform.id } });
                    refetch();
                    void messages.success(w('published'));
                  } catch {
                    // Shown below.
                  }
                }}
              >
                {w('publishPlatform')}
              </Button>
            )}
            {platform.status === 'PUBLISHED' && (
              <Popconfirm
                title={w('suspendConfirm')}
                okText={w('suspendPlatform')}
                cancelText={w('cancel')}
                onConfirm={async () => {
                  try {
                    await suspend({ variables: { id: platform.id } });
                    refetch();
                  } catch {
                    // Shown below.
                  }
                }}
              >
                <Button danger loading={suspending.loading}>
                  {w('suspendPlatform')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
        {publishing.error && <ErrorAlert error={publishing.error} />}
        {suspending.error && <ErrorAlert error={suspending.error} />}
      </section>
      <section className="panel" aria-labelledby="platform-profile">
        <h2 id="platform-profile" className="section-title">
          {w('profile')}
        </h2>
        <PlatformForm
          key={platform.id}
          initial={platform}
          readOnly={!writable}
          submitLabel={w('save')}
          onSubmit={async (values) => {
            await update({ variables: { input: { id: platform.id, ...values } } });
            void messages.success(w('saved'));
          }}
        />
      </section>
    </>
  );
}
