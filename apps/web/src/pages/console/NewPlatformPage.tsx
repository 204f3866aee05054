import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { NotForYou } from '../../components/NotForYou';
import { usePageTitle } from '../../components/usePageTitle';
import { CreatePlatformDocument, MyPlatformsDocument } from '../../gql-workspace/graphql';
import { useWorkspaceText } from '../../i18n/workspace';
import { PlatformForm } from './PlatformForm';
import { canWrite, isOperator } from '../../app/capabilities';

export default function NewPlatformPage() {
  const w = useWorkspaceText();
  usePageTitle(w('newPlatform'));
  const navigate = useNavigate();
  const { user } = useSession();
  // OperatedPlatforms (the shell's navigation): the first platform brings the console into it.
  const [create] = useMutation(CreatePlatformDocument, { refetchQueries: [MyPlatformsDocument, 'OperatedPlatforms'] });
  if (!user || !isOperator(user) || !canWrite(user)) return <NotForYou reason={w('ownersOnly')} />;
  return (
    <div style={{ maxWidth: 960 }}>
      <h1 className="page-title">{w('newPlatform')}</h1>
      <p className="muted">{w('newPlatformHint')}</p>
      <section className="panel">
        <PlatformForm
          submitLabel={w('createPlatform')}
          onSubmit={async (input) => {
            const result = await create({ variables: { input } });
            const id = result.data?.createPlatform.id;
            if (id) navigate(`/console/platforms/${id}/catalog`);
          }}
        />
      </section>
    </div>
  );
}
