import { Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { CoreCustomer, ServiceRequest, Subscription, SubscriptionIntention } from './direct.entity';

/** The register's federated `Customer` (attendance owns it): referenced by id only, resolved there with its own visibility. */
@ObjectType('Customer', { description: "客户: a registered customer (the register is attendance's)" })
@Directive('@key(fields: "id", resolvable: false)')
export class CustomerRef {
  @Field(() => ID) id!: string;
}

const ref = (id: string | null): CustomerRef | null => (id ? { id } : null);

@Resolver(() => CoreCustomer)
export class CoreCustomerRefResolver {
  @FieldResolver(() => CustomerRef, { description: 'The registered customer (from the register, as its visibility allows)' })
  customer(@Root() c: CoreCustomer) {
    return ref(c.customerId);
  }
}

@Resolver(() => SubscriptionIntention)
export class IntentionCustomerRefResolver {
  @FieldResolver(() => CustomerRef, { description: 'The registered customer (from the register, as its visibility allows)' })
  customer(@Root() c: SubscriptionIntention) {
    return ref(c.customerId);
  }
}

@Resolver(() => Subscription)
export class SubscriptionCustomerRefResolver {
  @FieldResolver(() => CustomerRef, { nullable: true, description: "The registered customer (direct sales; null for an agency's own customer)" })
  customer(@Root() c: Subscription) {
    return ref(c.customerId);
  }
}

@Resolver(() => ServiceRequest)
export class ServiceRequestCustomerRefResolver {
  @FieldResolver(() => CustomerRef, { description: 'The registered customer (from the register, as its visibility allows)' })
  customer(@Root() c: ServiceRequest) {
    return ref(c.customerId);
  }
}
