import { createRequire } from 'node:module';
import path from 'node:path';
import { Controller, Get, Header, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '#core';
import { DemoSeeder, type PublishedDemoAccount } from '#demo';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** Browser bundles served from node_modules: the IDE works with no internet (Apollo's built-in IDEs load from a CDN). */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: path.join(packageDir('react'), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': {
    file: path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.js': { file: path.join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: path.join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

@Controller('graphiql')
export class GraphiqlController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly demo: DemoSeeder,
  ) {}

  /**
   * On the app's origin, where the session token is kept: the app's headers (security-headers.ts, on every answer),
   * and no inline script (boot.js starts it).
   */
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  async page(): Promise<string> {
    this.assertEnabled();
    return renderPage(await this.exampleQuery());
  }

  @Get('assets/:name')
  async asset(@Param('name') name: string, @Res() res: Response): Promise<void> {
    this.assertEnabled();
    res.setHeader('cache-control', 'public, max-age=86400');
    if (name === 'boot.js') {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.send(BOOT_SCRIPT);
      return;
    }
    const asset = ASSETS[name];
    if (!asset) throw new NotFoundException();
    res.setHeader('content-type', `${asset.type}; charset=utf-8`);
    res.sendFile(asset.file);
  }

  /** Off in production unless GRAPHIQL is set: the IDE advertises the schema (README, "Security"). */
  private assertEnabled(): void {
    if (!this.config.graphql.graphiql) throw new NotFoundException();
  }

  /** Demo accounts only on a demo install outside production (DemoSeeder.publishedAccounts decides). */
  private async exampleQuery(): Promise<string> {
    return exampleWith(await this.demo.publishedAccounts());
  }
}

function exampleWith(accounts: PublishedDemoAccount[]): string {
  const account = accounts.find((a) => a.role !== 'SITE_ADMIN') ?? accounts[0];
  const listing = accounts.map((a) => `#   ${a.email.padEnd(36)} ${a.password.padEnd(22)} ${a.role}`).join('\n');
  return [
    '# PilotMatch GraphQL API.',
    '# 1. Run the Login mutation below. 2. Copy the token into Headers: {"Authorization": "Bearer <token>"}.',
    accounts.length
      ? `# Demo accounts (also in DATA_DIR/demo-accounts.json):\n${listing}`
      : '# No demo accounts on this server: register one with the register mutation.',
    '',
    'mutation Login {',
    `  login(input: { email: "${account?.email ?? 'you@example.com'}", password: "${account?.password ?? 'your-password'}" }) {`,
    '    token',
    '    user { id email displayName role organization { id name kind } }',
    '  }',
    '}',
    '',
    'query Me {',
    '  me { id email displayName organization { name kind } }',
    '}',
    '',
  ].join('\n');
}

/** Starts the IDE with the example query the page carries as a JSON data block (never run as a script). */
const BOOT_SCRIPT = `const defaultQuery = JSON.parse(document.getElementById('graphiql-default-query').textContent);
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
);
`;

function renderPage(defaultQuery: string): string {
  return `<!doctype html>
<html lang="zh">
<head>
  <meta charset="utf-8" />
  <title>PilotMatch · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script type="application/json" id="graphiql-default-query">${JSON.stringify(defaultQuery).replaceAll('<', '\\u003c')}</script>
  <script src="/graphiql/assets/boot.js"></script>
</body>
</html>`;
}
