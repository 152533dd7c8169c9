package cn.laurel.review.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.nomination.Nomination;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;

import org.springframework.stereotype.Component;

/** The names of units and categories that lists of nominations show next to each line. */
@Component
class Names {

	private final Units units;

	private final Categories categories;

	Names(Units units, Categories categories) {
		this.units = units;
		this.categories = categories;
	}

	Map<Long, String> ofUnits(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.units.findAllById(ids).forEach(unit -> names.put(unit.getId(), unit.getName()));
		return names;
	}

	Map<Long, String> ofCategories(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.categories.findAllById(ids).forEach(category -> names.put(category.getId(), category.getName()));
		return names;
	}

	/** Whom a nomination is about: the answer to its form's first field, as lists show it. */
	static String nomineeOf(Nomination nomination, FormDefinition form) {
		return form.fields().isEmpty() ? "" : nomination.getAnswers().value(form.fields().get(0).key());
	}

	String ofUnit(long id) {
		return this.units.findById(id).map(Unit::getName).orElse("");
	}

	String ofCategory(long id) {
		return this.categories.findById(id).map(Category::getName).orElse("");
	}

}
