import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { SignedLink } from './download-link.js';

@ObjectType('DownloadLink', {
  description: 'A link to a file that works for you only, for a few minutes; or send your bearer token to the path.',
})
export class DownloadLinkModel implements SignedLink {
  @Field({ description: 'Path and query, relative to the API.' })
  url: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
