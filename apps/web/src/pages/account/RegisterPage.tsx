import { Button, Form, Input, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { useFormErrors } from '../../components/FormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import type { OrganizationKind } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { RegisterDocument } from '../../gql/graphql';
import { nextPath } from './nextPath';

interface Values {
  email: string;
  password: string;
  displayName: string;
  organization: { name: string; nameEn?: string; kind: OrganizationKind; province: string; city: string };
}

/** Form fields, named by their path in RegisterInput so the API's field errors land next to them. */
const FIELDS = [
  'email',
  'password',
  'displayName',
  'organization.name',
  'organization.nameEn',
  'organization.kind',
  'organization.province',
  'organization.city',
];

/** Who registers here: requesters (authorities are verified by hand, operators are invited or onboarded). */
const REQUESTER_KINDS = ['STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'LARGE_ENTERPRISE'];

export default function RegisterPage() {
  const { t } = useLanguage();
  usePageTitle(t('registerTitle'));
  const vocabulary = useVocabulary();
  const [form] = Form.useForm<Values>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [register, { loading }] = useMutation(RegisterDocument);
  const problems = useFormErrors(form, FIELDS);

  const submit = async (values: Values) => {
    problems.clear();
    try {
      const organization = { ...values.organization, nameEn: values.organization.nameEn?.trim() || undefined };
      const result = await register({ variables: { input: { ...values, organization } } });
      if (result.data) await signIn(result.data.register);
      navigate(nextPath(params), { replace: true });
    } catch (error) {
      problems.show(error);
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('required', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('tooLong', { field, n }) });
  return (
    <div className="narrow">
      <h1 className="page-title">{t('registerTitle')}</h1>
      <div className="panel">
        <Form form={form} layout="vertical" onFinish={submit} requiredMark>
          <Form.Item
            name="email"
            label={t('email')}
            rules={[required(t('email')), { type: 'email', message: t('invalidEmail') }, max(t('email'), 254)]}
          >
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            extra={t('passwordHint')}
            rules={[
              required(t('password')),
              { min: 10, message: t('tooShort', { field: t('password'), n: 10 }) },
              max(t('password'), 200),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('displayName')}
            rules={[required(t('displayName')), max(t('displayName'), 100)]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="section-title">{t('organization')}</legend>
            <Form.Item
              name={['organization', 'name']}
              label={t('organizationName')}
              rules={[required(t('organizationName')), max(t('organizationName'), 200)]}
            >
              <Input autoComplete="organization" />
            </Form.Item>
            <Form.Item
              name={['organization', 'nameEn']}
              label={t('organizationNameEn')}
              rules={[max(t('organizationNameEn'), 200)]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name={['organization', 'kind']}
              label={t('organizationKind')}
              rules={[{ required: true, message: t('required', { field: t('organizationKind') }) }]}
            >
              <Select
                options={vocabulary.options('OrganizationKind').filter((o) => REQUESTER_KINDS.includes(o.value))}
              />
            </Form.Item>
            <Form.Item
              name={['organization', 'province']}
              label={t('province')}
              rules={[{ required: true, message: t('required', { field: t('province') }) }]}
            >
              <Select showSearch={{ optionFilterProp: 'label' }} options={vocabulary.options('Province')} />
            </Form.Item>
            <Form.Item
              name={['organization', 'city']}
              label={t('city')}
              rules={[required(t('city')), max(t('city'), 100)]}
            >
              <Input autoComplete="address-level2" />
            </Form.Item>
          </fieldset>
          {problems.errors}
          <Button type="primary" htmlType="submit" loading={loading} block style={{ marginTop: 12 }}>
            {t('registerSubmit')}
          </Button>
        </Form>
        <p style={{ marginTop: 16 }}>
          {t('haveAccount')} <Link to="/login">{t('signIn')}</Link>
        </p>
      </div>
    </div>
  );
}
