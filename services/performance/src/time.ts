/** Local dates of work (Asia/Shanghai): @bg/graphql's local-date module, under the names used here. */
export { localDate as shanghaiToday, localMonth as shanghaiMonth, addMonths, lastDayOfMonth as lastDayOf } from '@bg/graphql';
