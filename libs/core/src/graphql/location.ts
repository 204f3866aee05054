import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsLatitude, IsLongitude } from '../validation/validators.js';

/** A point on the map (WGS 84 degrees), for platforms and for requesters who give their location. */
@InputType('LocationInput')
export class LocationInput {
  @Field(() => Float)
  @IsLatitude()
  lat: number;

  @Field(() => Float)
  @IsLongitude()
  lng: number;
}

@ObjectType('Location')
export class LocationModel {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}
