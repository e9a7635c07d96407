import type { PersonnelModule } from '../module';
import { AssetItem, AssetLedgerLine } from './asset.entity';
import { AssetResolver } from './asset.resolver';

export { AssetItem, AssetLedgerLine, AssetKind, AssetLossKind, AssetMovement, AssetStatus } from './asset.entity';
export { AssetResolver, issuedAssetsOf } from './asset.resolver';

/** R-3.x assets ledger (实物管理明细表). */
export const assetsModule: PersonnelModule = { entities: [AssetItem, AssetLedgerLine], resolvers: [AssetResolver] };
