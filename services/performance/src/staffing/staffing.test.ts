import { staffingTitle } from './staffing';

describe('staffing approval title', () => {
  it('names the posts, the team and the employment type', () => {
    expect(staffingTitle({ title: '2027 春季招聘', posts: 3, teamId: 'SZ01-T1', employmentType: 'FULL_TIME' })).toBe(
      '人员编制: 2027 春季招聘 (SZ01-T1, 3 人, 全职)',
    );
    expect(staffingTitle({ title: '网点补员', posts: 1, teamId: null, employmentType: 'PART_TIME' })).toBe('人员编制: 网点补员 (营业部, 1 人, 兼职)');
  });
});
