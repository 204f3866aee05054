import { Alert, Button, Form, Input, Table } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { useFormErrors } from '../../components/FormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { DemoAccountsDocument, LoginDocument } from '../../gql/graphql';
import { nextPath } from './nextPath';

interface Values {
  email: string;
  password: string;
}

export default function LoginPage() {
  const { t, lang } = useLanguage();
  usePageTitle(t('signInTitle'));
  const vocabulary = useVocabulary();
  const [form] = Form.useForm<Values>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [login, { loading }] = useMutation(LoginDocument);
  const problems = useFormErrors(form, ['email', 'password']);
  const demo = useQuery(DemoAccountsDocument);

  const submit = async (values: Values) => {
    problems.clear();
    try {
      const result = await login({ variables: { input: values } });
      if (result.data) await signIn(result.data.login);
      navigate(nextPath(params), { replace: true });
    } catch (error) {
      problems.show(error);
    }
  };

  const accounts = demo.data?.demoAccounts ?? [];
  return (
    <div className="narrow">
      <h1 className="page-title">{t('signInTitle')}</h1>
      <div className="panel">
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="email"
            label={t('email')}
            rules={[
              { required: true, message: t('required', { field: t('email') }) },
              { max: 254, message: t('tooLong', { field: t('email'), n: 254 }) },
            ]}
          >
            <Input type="email" autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            rules={[{ required: true, message: t('required', { field: t('password') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {problems.errors}
          <Button type="primary" htmlType="submit" loading={loading} block style={{ marginTop: 12 }}>
            {t('signInSubmit')}
          </Button>
        </Form>
        <p style={{ marginTop: 16 }}>
          {t('noAccount')} <Link to="/register">{t('register')}</Link>
        </p>
        <p className="muted">{t('sessionNote')}</p>
      </div>
      {accounts.length > 0 && (
        <section
          className="panel"
          aria-labelledby="demo-accounts"
          style={{ width: 'min(760px, calc(100vw - 48px))', marginLeft: '50%', transform: 'translateX(-50%)' }}
        >
          <h2 id="demo-accounts" className="section-title">
            {t('demoAccounts')}
          </h2>
          <Alert type="info" title={t('demoAccountsHint')} style={{ marginBottom: 12 }} />
          <Table
            size="small"
            rowKey="email"
            pagination={false}
            dataSource={accounts}
            columns={[
              { title: t('email'), dataIndex: 'email' },
              { title: t('password'), dataIndex: 'password' },
              {
                title: t('organizationKind'),
                render: (_, a) =>
                  [vocabulary.label('OrganizationKind', a.organizationKind), a.provinceLabel?.[lang]]
                    .filter(Boolean)
                    .join(' · ') || (a.role === 'SITE_ADMIN' ? t('siteAdmin') : a.role),
              },
              {
                title: '',
                render: (_, a) => (
                  <Button
                    size="small"
                    aria-label={`${t('useAccount')}: ${a.email}`}
                    onClick={() => form.setFieldsValue({ email: a.email, password: a.password })}
                  >
                    {t('useAccount')}
                  </Button>
                ),
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}
