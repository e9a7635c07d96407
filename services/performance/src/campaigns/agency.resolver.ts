import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError, LocalDateScalar, type RequestContext } from '@bg/graphql';
import { outletChecklist } from './campaign-rules';
import { CampaignRegionCode } from './campaign.entity';
import {
  Agency,
  AgencyOutlet,
  AgencyPatrol,
  AgencyTraining,
  AgencyTrainingKind,
  MaterialDelivery,
  PatrolFix,
  QualificationOutcome,
  QualificationReview,
} from './agency.entity';
import {
  closeFix,
  confirmArrival,
  latestReview,
  recordAgreement,
  recordPatrol,
  recordTraining,
  registerAgency,
  reviewQualification,
  sendMaterials,
} from './campaign.service';
import { contextFor } from './context';

@InputType({ description: 'An outlet of a new agency' })
class AgencyOutletInput {
  @Field({ description: "The outlet's name" }) name!: string;
  @Field({ description: 'City' }) city!: string;
  @Field(() => Boolean, { nullable: true, description: 'Designated to receive materials (default true)' }) designated?: boolean | null;
}

@InputType({ description: 'A new agency (代销机构)' })
class AgencyInput {
  @Field({ description: "The agency's name" }) name!: string;
  @Field(() => CampaignRegionCode, { description: 'The region it sells in' }) region!: CampaignRegionCode;
  @Field(() => [AgencyOutletInput], { description: 'Its outlets' }) outlets!: AgencyOutletInput[];
}

@InputType({ description: 'A qualification review (资格审查)' })
class QualificationReviewInput {
  @Field(() => QualificationOutcome, { description: 'Outcome' }) outcome!: QualificationOutcome;
  @Field({ description: 'The rule checked against' }) rule!: string;
  @Field({ defaultValue: '', description: 'Findings (required for a failure)' }) comment!: string;
  @Field(() => LocalDateScalar, { description: 'When' }) reviewedOn!: string;
}

@InputType({ description: 'The signed agency agreement (代销协议)' })
class AgencyAgreementInput {
  @Field({ description: 'The signed agreement as a file reference' }) fileRef!: string;
  @Field(() => LocalDateScalar, { description: 'Signed on' }) signedOn!: string;
  @Field(() => LocalDateScalar, { description: 'Runs from' }) startsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Runs to' }) endsOn!: string;
}

@InputType({ description: "A training session with the agency's branches" })
class AgencyTrainingInput {
  @Field(() => AgencyTrainingKind, { description: 'What kind (before approval: MARKET_RESEARCH, TRAINING; after: INTENSIVE_TRAINING, ROADSHOW)' })
  kind!: AgencyTrainingKind;
  @Field(() => LocalDateScalar, { description: 'When' }) heldOn!: string;
  @Field({ description: 'Topics' }) topics!: string;
  @Field(() => [String], { description: "The agency's branches trained" }) branches!: string[];
  @Field(() => Int, { description: 'People attending' }) attendees!: number;
}

@InputType({ description: 'A material and how many' })
class MaterialItemInput {
  @Field({ description: 'The material' }) item!: string;
  @Field(() => Int, { description: 'How many' }) quantity!: number;
}

@InputType({ description: 'Promotion materials sent to designated outlets' })
class MaterialsInput {
  @Field(() => [ID], { description: 'The designated outlets' }) outletIds!: string[];
  @Field(() => [MaterialItemInput], { description: 'What is sent to each' }) items!: MaterialItemInput[];
  @Field(() => LocalDateScalar, { description: 'Sent on' }) sentOn!: string;
}

@InputType({ description: 'A required fix (整改意见)' })
class PatrolFixInput {
  @Field({ description: 'What must be fixed' }) requirement!: string;
  @Field(() => LocalDateScalar, { description: 'By when' }) dueOn!: string;
}

@InputType({ description: "A patrol of an agency's outlet" })
class PatrolInput {
  @Field(() => ID, { description: 'The outlet' }) outletId!: string;
  @Field(() => LocalDateScalar, { description: 'When' }) patrolledOn!: string;
  @Field({ description: 'What was found' }) findings!: string;
  @Field(() => [PatrolFixInput], { defaultValue: [], description: 'The fixes required' }) fixes!: PatrolFixInput[];
}

@ObjectType({ description: "A designated outlet's line of the materials checklist: what has not arrived, what arrived late" })
class MaterialsChecklistLine {
  @Field(() => ID, { description: 'The agency' }) agencyId!: string;
  @Field({ description: 'The agency’s name' }) agencyName!: string;
  @Field(() => AgencyOutlet, { description: 'The outlet' }) outlet!: AgencyOutlet;
  @Field({ description: 'Everything sent has arrived' }) complete!: boolean;
  @Field(() => [String], { description: 'What has not arrived (or nothing sent yet)' }) missing!: string[];
  @Field(() => [String], { description: 'What arrived after the announcement' }) late!: string[];
  @Field(() => [MaterialDelivery], { description: 'The deliveries' }) deliveries!: MaterialDelivery[];
}

async function agencyView(rc: RequestContext, a: Agency) {
  const v = (await contextFor(rc, a.campaignId)).view;
  if (v.kind === 'all' || (v.kind === 'regions' && v.regionIds.includes(a.regionId))) return v;
  throw new ForbiddenError('Agencies are seen by head office and the campaign staff');
}

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized('campaign-staff')
  @Mutation(() => Agency, {
    description: 'Register an agency (代销机构) of the campaign with its outlets (head-office marketing). For the roles campaign-staff',
  })
  registerAgency(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('input', { description: 'The agency' }) input: AgencyInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return registerAgency(em, principal, campaignId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => QualificationReview, {
    description: "Record an agency's qualification review (资格审查): it sells only after a passed one (the latest counts). For the roles campaign-staff",
  })
  reviewAgencyQualification(
    @Arg('agencyId', () => ID, { description: 'The agency' }) agencyId: string,
    @Arg('input', { description: 'The review' }) input: QualificationReviewInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return reviewQualification(em, principal, agencyId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => Agency, { description: 'Record the signed agency agreement (代销协议), after a passed review. For the roles campaign-staff' })
  recordAgencyAgreement(
    @Arg('agencyId', () => ID, { description: 'The agency' }) agencyId: string,
    @Arg('input', { description: 'The agreement' }) input: AgencyAgreementInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return recordAgreement(em, principal, agencyId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => AgencyTraining, {
    description:
      "Record a training session with the agency's branches (before approval: research, training; after: intensive training, roadshows). For the roles campaign-staff",
  })
  recordAgencyTraining(
    @Arg('agencyId', () => ID, { description: 'The agency' }) agencyId: string,
    @Arg('input', { description: 'The session' }) input: AgencyTrainingInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return recordTraining(em, principal, agencyId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => [MaterialDelivery], {
    description: "Send promotion materials to an agency's designated outlets (only to a qualified agency). For the roles campaign-staff",
  })
  sendPromotionMaterials(
    @Arg('agencyId', () => ID, { description: 'The agency' }) agencyId: string,
    @Arg('input', { description: 'What goes where' }) input: MaterialsInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return sendMaterials(em, principal, agencyId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => [MaterialDelivery], { description: 'Confirm that deliveries of materials arrived. For the roles campaign-staff' })
  confirmMaterialsArrived(
    @Arg('deliveryIds', () => [ID], { description: 'The deliveries' }) deliveryIds: string[],
    @Arg('arrivedOn', () => LocalDateScalar, { description: 'When they arrived' }) arrivedOn: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return confirmArrival(em, principal, deliveryIds, arrivedOn);
  }

  @Authorized('campaign-staff')
  @Mutation(() => AgencyPatrol, {
    description: "Record a patrol of an agency's outlet during the issue, with its findings and required fixes. For the roles campaign-staff",
  })
  recordAgencyPatrol(
    @Arg('agencyId', () => ID, { description: 'The agency' }) agencyId: string,
    @Arg('input', { description: 'The patrol' }) input: PatrolInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return recordPatrol(em, principal, agencyId, input);
  }

  @Authorized('campaign-staff')
  @Mutation(() => PatrolFix, { description: 'Close a required fix once done and checked. For the roles campaign-staff' })
  closePatrolFix(
    @Arg('fixId', () => ID, { description: 'The fix' }) fixId: string,
    @Arg('doneOn', () => LocalDateScalar, { description: 'When it was done' }) doneOn: string,
    @Arg('note', { description: 'How it was fixed and checked' }) note: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return closeFix(em, principal, fixId, doneOn, note);
  }

  @Authorized()
  @Query(() => [MaterialsChecklistLine], {
    description:
      "The materials checklist: each designated outlet of the campaign's agencies (or one agency's), with what has not arrived. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)",
  })
  async materialsChecklist(
    @Arg('campaignId', () => ID, { description: 'The campaign' }) campaignId: string,
    @Arg('agencyId', () => ID, { nullable: true, description: 'Only this agency' }) agencyId: string | null,
    @Arg('onlyIncomplete', { defaultValue: false, description: 'Only the outlets still missing something' }) onlyIncomplete: boolean,
    @Ctx() rc: RequestContext,
  ) {
    const ctx = await contextFor(rc, campaignId);
    const v = ctx.view;
    if (v.kind !== 'all' && v.kind !== 'regions') throw new ForbiddenError('The materials checklist is for head office and the campaign staff');
    const agencies = await rc.em.find(Agency, {
      campaignId,
      ...(agencyId ? { id: agencyId } : {}),
      ...(v.kind === 'regions' ? { regionId: { $in: v.regionIds } } : {}),
    });
    const ids = agencies.map((a) => a.id);
    const [outlets, deliveries] = ids.length
      ? await Promise.all([
          rc.em.find(AgencyOutlet, { agencyId: { $in: ids }, designated: true }, { orderBy: { name: 'asc' } }),
          rc.em.find(MaterialDelivery, { agencyId: { $in: ids } }, { orderBy: { sentOn: 'asc', item: 'asc' } }),
        ])
      : [[], []];
    const lines = outlets.map((o) => {
      const mine = deliveries.filter((d) => d.outletId === o.id);
      const a = agencies.find((x) => x.id === o.agencyId)!;
      return { agencyId: a.id, agencyName: a.name, outlet: o, deliveries: mine, ...outletChecklist(mine, ctx.campaign.announcementOn) };
    });
    return lines
      .filter((l) => !onlyIncomplete || !l.complete)
      .sort((x, y) => x.agencyName.localeCompare(y.agencyName) || x.outlet.name.localeCompare(y.outlet.name));
  }

  @FieldResolver(() => QualificationReview, { nullable: true, description: 'The latest qualification review (the one that counts)' })
  async qualification(@Root() a: Agency, @Ctx() rc: RequestContext) {
    await agencyView(rc, a);
    return latestReview(rc.em, a.id);
  }

  @FieldResolver(() => [QualificationReview], { description: 'Every qualification review, newest first' })
  async reviews(@Root() a: Agency, @Ctx() rc: RequestContext) {
    await agencyView(rc, a);
    return rc.em.find(QualificationReview, { agencyId: a.id }, { orderBy: { reviewedAt: 'desc', id: 'desc' } });
  }

  @FieldResolver(() => [AgencyOutlet], { description: 'Its outlets' })
  async outlets(@Root() a: Agency, @Ctx() rc: RequestContext) {
    await agencyView(rc, a);
    return rc.em.find(AgencyOutlet, { agencyId: a.id }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [AgencyTraining], { description: 'Training sessions, oldest first' })
  async trainings(@Root() a: Agency, @Ctx() rc: RequestContext) {
    await agencyView(rc, a);
    return rc.em.find(AgencyTraining, { agencyId: a.id }, { orderBy: { heldOn: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [AgencyPatrol], { description: 'Patrols of its outlets, oldest first' })
  async patrols(@Root() a: Agency, @Ctx() rc: RequestContext) {
    await agencyView(rc, a);
    return rc.em.find(AgencyPatrol, { agencyId: a.id }, { orderBy: { patrolledOn: 'asc', id: 'asc' } });
  }
}

@Resolver(() => AgencyPatrol)
export class AgencyPatrolResolver {
  @FieldResolver(() => [PatrolFix], { description: 'The fixes it required, and where they stand' })
  fixes(@Root() p: AgencyPatrol, @Ctx() { em }: RequestContext) {
    return em.find(PatrolFix, { patrolId: p.id }, { orderBy: { dueOn: 'asc', id: 'asc' } });
  }
}
