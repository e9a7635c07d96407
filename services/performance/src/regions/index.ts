/** decomposed to regions (区域) and their regional managers (issue 16 item 4). */
export { RegionGoal } from './region-goal.entity';
export { RegionGoalResolver } from './region-goal.resolver';
