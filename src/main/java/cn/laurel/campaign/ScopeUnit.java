package cn.laurel.campaign;

import org.springframework.data.relational.core.mapping.Table;

/** A unit that, with everything under it, may nominate in the campaign (see {@link NominatingScope}). */
@Table("campaign_scope_unit")
record ScopeUnit(Long unitId) {
}
