import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'pilotmatch:isPublic';

/** Opts an operation out of authentication, visibly; everything else requires a signed-in caller. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
