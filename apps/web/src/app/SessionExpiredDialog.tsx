import { Button, Form, Input, Modal } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { useFormErrors } from '../components/FormErrors';
import { useLanguage } from '../i18n/language';
import { LoginDocument } from '../gql/graphql';
import { useSession } from './session';

/**
 * Asks a user whose session the API refused (expired, or signed out elsewhere) for their password again, over the
 * page they were on: what they typed stays, and they send it again once signed in. Another account starts afresh
 * from the sign-in page.
 */
export function SessionExpiredDialog() {
  const { t } = useLanguage();
  const { user, expired, resume, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LoginDocument);
  const [form] = Form.useForm<{ password: string }>();
  const problems = useFormErrors(form, ['password']);
  if (!user || !expired) return null;

  const submit = async ({ password }: { password: string }) => {
    problems.clear();
    try {
      const result = await login({ variables: { input: { email: user.email, password } } });
      if (result.data) resume(result.data.login);
      form.resetFields();
    } catch (error) {
      problems.show(error);
    }
  };
  const otherAccount = () => {
    const next = location.pathname + location.search;
    void signOut().then(() => navigate(`/login?next=${encodeURIComponent(next)}`));
  };

  return (
    <Modal
      open
      title={t('sessionExpiredTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={[
        <Button key="other" onClick={otherAccount}>
          {t('sessionExpiredOtherAccount')}
        </Button>,
        <Button key="sign-in" type="primary" loading={loading} onClick={() => form.submit()}>
          {t('signInSubmit')}
        </Button>,
      ]}
    >
      <p>{t('sessionExpiredHint')}</p>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label={t('email')} htmlFor="session-email">
          <Input id="session-email" value={user.email} readOnly autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('password')}
          rules={[{ required: true, message: t('required', { field: t('password') }) }]}
        >
          <Input.Password autoFocus autoComplete="current-password" onPressEnter={() => form.submit()} />
        </Form.Item>
        {problems.errors}
      </Form>
    </Modal>
  );
}
