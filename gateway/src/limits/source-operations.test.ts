/**
 * Operations registered straight from a client's `.graphql` sources (the console's src/ops): one
 * manifest entry per named operation, with the fragments it uses and `__typename` added as Apollo
 * Client sends it; an operation without a name is refused.
 */
import { sourceOperations } from './persisted';

const files = [
  {
    file: 'ops/a.graphql',
    text: `query Runs($b: ID!) { payrollRuns(branchId: $b) { nodes { ...Run } } }
mutation Sign($id: ID!) { signPayroll(payrollId: $id, comment: "") { id } }`,
  },
  { file: 'ops/b.graphql', text: `fragment Run on PayrollRun { id signatures { id ...Step } }\nfragment Step on PayrollSignature { step }` },
];

it('makes one entry per named operation, with the fragments it uses, as Apollo Client sends it', () => {
  const ops = sourceOperations(files);
  expect(ops.map((o) => o.name)).toEqual(['Runs', 'Sign']);
  expect(ops[0].body).toBe(
    [
      'query Runs($b: ID!) {',
      '  payrollRuns(branchId: $b) {',
      '    nodes {',
      '      ...Run',
      '      __typename',
      '    }',
      '    __typename',
      '  }',
      '}',
      '',
      'fragment Run on PayrollRun {',
      '  id',
      '  signatures {',
      '    id',
      '    ...Step',
      '    __typename',
      '  }',
      '  __typename',
      '}',
      '',
      'fragment Step on PayrollSignature {',
      '  step',
      '  __typename',
      '}',
    ].join('\n'),
  );
  expect(ops[1].body).not.toContain('fragment');
});

it('refuses an operation without a name, and one name twice', () => {
  expect(() => sourceOperations([{ file: 'ops/x.graphql', text: '{ me { id } }' }])).toThrow('ops/x.graphql: an operation without a name');
  expect(() => sourceOperations([...files, { file: 'ops/c.graphql', text: 'query Runs { me { id } }' }])).toThrow('operation Runs is defined twice');
});
