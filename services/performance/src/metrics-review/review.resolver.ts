import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, registerEnumType } from 'type-graphql';
import { YearMonthScalar, type RequestContext } from '@bg/graphql';
import { MetricsImport } from '../metrics/metrics-import.entity';
import { reviewMetricsImport } from './review.service';
import { reviewState, type ReviewState } from './review-rules';

enum MetricsReviewState {
  NOT_REVIEWED = 'NOT_REVIEWED',
  REVIEWED = 'REVIEWED',
  STALE = 'STALE',
}
registerEnumType(MetricsReviewState, {
  name: 'MetricsReviewState',
  description: 'REVIEWED: finance reviewed the current revision; STALE: re-imported since the review',
  valuesConfig: {
    NOT_REVIEWED: { description: 'Finance has not reviewed (复核) the import' },
    REVIEWED: { description: 'Finance reviewed the current revision' },
    STALE: { description: 'Re-imported since the review: review again' },
  },
});

@Resolver(() => MetricsImport)
export class MetricsReviewResolver {
  @Authorized('branch-finance')
  @Mutation(() => MetricsImport, {
    description: "Review (复核) the month's business summary from the CRM import (R-4.1; the branch's finance): payroll is computed only from reviewed figures",
  })
  reviewMetricsImport(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Arg('comment', { defaultValue: '', description: 'A free-text comment' }) comment: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return reviewMetricsImport(em, principal, branchId, month, comment);
  }

  @FieldResolver(() => MetricsReviewState, { description: 'Whether finance reviewed the current revision' })
  reviewState(@Root() imp: MetricsImport): ReviewState {
    return reviewState(imp);
  }
}
