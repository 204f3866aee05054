import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

export type Language = 'zh' | 'en';

/** Chinese unless the caller prefers English (or anything non-Chinese) in Accept-Language. */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'zh';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = ranked[0]?.tag;
  if (!first || first === '*') return 'zh';
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** The caller's language for human-readable text, from Accept-Language. */
export const Lang = createParamDecorator((_data: unknown, context: ExecutionContext): Language => {
  const req = GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
  return languageOf(req?.headers['accept-language']);
});
