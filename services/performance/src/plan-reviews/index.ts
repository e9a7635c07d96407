import { PlanReview } from './plan-review.entity';
import { PlanReviewResolver } from './plan-review.resolver';

/** 计划回顾 (第五条): the team lead's periodic plan reviews. */
export const PLAN_REVIEW_ENTITIES = [PlanReview];
export const PLAN_REVIEW_RESOLVERS = [PlanReviewResolver];
