package cn.laurel.nomination;

import cn.laurel.campaign.EligibilityRule;

/**
 * The clerk's statement on one eligibility rule of the category: whether the nominee meets it, and
 * for 党务工作年限 the month party work began (YYYY.MM), from which the years are counted.
 */
public record Declaration(EligibilityRule.Type rule, boolean meets, String since) {
}
