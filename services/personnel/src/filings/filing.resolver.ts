import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { hasRole, type Principal } from '@bg/auth';
import {
  BadInputError,
  Connection,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  YearMonthScalar,
  dateProblem,
  decodeCursor,
  toPage,
  type FieldProblem,
  type RequestContext,
} from '@bg/graphql';
import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { isHeadOffice, readsWholeBranch, todayInShanghai } from '../serials/access';
import { Filing, FilingType } from './filing.entity';
import { fileDocument } from './filing.service';

@ObjectType()
class FilingConnection extends Connection(Filing) {}

@InputType('FileDocumentInput', { description: 'A document to file to head office from your branch' })
export class FileDocumentGqlInput {
  @Field(() => FilingType, { description: 'What kind of document it is (R-6.5)' }) type!: FilingType;
  @Field({ description: 'The title' }) title!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: "The document's date; today when omitted" }) date?: string | null;
  @Field(() => YearMonthScalar, { nullable: true, description: 'The month it reports on' }) period?: string | null;
  @Field({ description: 'Where the document is kept' }) fileRef!: string;
}

@ArgsType()
export class FilingsArgs {
  @Field(() => ID, { nullable: true, description: 'Head office: any branch or all (omitted); branch staff: their own branch' }) branchId?: string | null;
  @Field(() => String, { nullable: true, description: 'The exact serial number, e.g. SZ01-F-2026-000007' }) number?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the title' }) titleContains?: string | null;
  @Field(() => FilingType, { nullable: true, description: 'Only filings of this type; all types when omitted' }) type?: FilingType | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Dated on or after' }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Dated on or before' }) to?: string | null;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

const FILING_READERS = ['archive-clerk', 'branch-manager', 'branch-deputy-manager', 'brokerage-office', 'channel-management', 'executive'] as const;

/** `%` and `_` in what the user typed are matched literally. */
function likePattern(s: string): string {
  return `%${s.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** The search as a filter: refuses what the caller may not read, and bad dates. */
export function filingFilter(p: Principal, args: FilingsArgs): FilterQuery<Filing> {
  let branchId = args.branchId ?? null;
  if (!isHeadOffice(p)) {
    branchId ??= p.branchId;
    if (!branchId || !readsWholeBranch(p, branchId)) throw new ForbiddenError(`You may not search the filings of branch ${branchId ?? '(none)'}`);
  }
  const problems: FieldProblem[] = [];
  for (const f of ['from', 'to'] as const) {
    const v = args[f];
    const issue = v ? dateProblem(v) : null;
    if (issue) problems.push({ field: f, problem: issue });
  }
  if (args.from && args.to && args.from > args.to) problems.push({ field: 'to', problem: `${args.to} is before ${args.from}` });
  if (problems.length) throw new BadInputError('The search is not valid', problems);
  const date = { ...(args.from ? { $gte: args.from } : {}), ...(args.to ? { $lte: args.to } : {}) };
  const title = args.titleContains?.trim();
  return {
    $and: [
      branchId ? { branchId } : {},
      args.number?.trim() ? { number: args.number.trim().toUpperCase() } : {},
      args.type ? { type: args.type } : {},
      args.from || args.to ? { date } : {},
      title ? { [raw((alias) => `${alias}.title like ? escape '!'`, [likePattern(title)])]: [] } : {},
    ],
  };
}

export async function searchFilings(em: EntityManager, p: Principal, args: FilingsArgs) {
  const where = filingFilter(p, args);
  const offset = decodeCursor(args.page?.after);
  const [nodes, total] = await em.findAndCount(Filing, where, { orderBy: { date: 'desc', number: 'desc' }, limit: args.page?.first ?? 50, offset });
  return toPage(nodes, total, offset);
}

@Resolver(() => Filing)
export class FilingResolver {
  @Authorized('archive-clerk', 'branch-manager')
  @Mutation(() => Filing, {
    description: 'R-6.5/R-6.8: file a document to head office from your branch; it gets the next filing number (archive-clerk, branch-manager)',
  })
  async fileToHeadOffice(
    @Arg('input', { description: 'What to record (see the input type)' }) input: FileDocumentGqlInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Filing> {
    if (!hasRole(principal, 'archive-clerk', 'branch-manager') || !principal.branchId) {
      throw new ForbiddenError("Only a branch's archive clerk or manager files documents, for their own branch");
    }
    return fileDocument(em, { ...input, date: input.date ?? todayInShanghai(), branchId: principal.branchId, filedBy: principal.username, sourceRef: null });
  }

  @Authorized(...FILING_READERS)
  @Query(() => FilingConnection, {
    description: 'Search filings by branch, number, title, type and date, newest first (branch staff: own branch; head office: all)',
  })
  async filings(@Args() args: FilingsArgs, @Ctx() { em, principal }: RequestContext) {
    return searchFilings(em, principal, args);
  }

  @Authorized(...FILING_READERS)
  @Query(() => Filing, {
    description:
      'One filing by its serial number. For the roles archive-clerk, branch-manager, branch-deputy-manager, brokerage-office, channel-management, executive',
  })
  async filing(@Arg('number', { description: 'The serial number' }) number: string, @Ctx() { em, principal }: RequestContext): Promise<Filing> {
    const f = await em.findOne(Filing, { number: number.trim().toUpperCase() });
    if (!f) throw new NotFoundError('Filing', number);
    if (!readsWholeBranch(principal, f.branchId)) throw new ForbiddenError(`You may not read filing ${f.number}`);
    return f;
  }
}
