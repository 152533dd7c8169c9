package cn.laurel.org.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import cn.laurel.org.OrgAdministration;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitForm;
import cn.laurel.org.UnitFormValidator;
import cn.laurel.org.UnitTree;
import cn.laurel.org.UnitType;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation tree as JSON, with the rules of the admin pages. */
@RestController
@RequestMapping("/api/v1/admin/units")
class UnitApi {

	private final OrgAdministration org;

	UnitApi(OrgAdministration org) {
		this.org = org;
	}

	@InitBinder("unitForm")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new UnitFormValidator());
	}

	/** All units in tree order (parents before children), each with its depth. */
	@GetMapping
	List<UnitView> list() {
		return this.org.unitTree().nodes().stream().map(UnitView::of).toList();
	}

	/** The same units nested: the top-level units with their children. */
	@GetMapping("/tree")
	List<UnitBranch> tree() {
		UnitTree tree = this.org.unitTree();
		return tree.nodes()
			.stream()
			.filter(node -> node.depth() == 0)
			.map(node -> UnitBranch.of(node.unit(), tree))
			.toList();
	}

	@GetMapping("/{id}")
	UnitView one(@PathVariable Long id) {
		return UnitView.of(new UnitTree.UnitNode(this.org.unit(id), 0));
	}

	@PostMapping
	ResponseEntity<UnitView> create(@Valid @RequestBody UnitForm unitForm) {
		Unit unit = this.org.createUnit(unitForm);
		return ResponseEntity.created(URI.create("/api/v1/admin/units/" + unit.getId()))
			.body(UnitView.of(new UnitTree.UnitNode(unit, 0)));
	}

	@PutMapping("/{id}")
	UnitView update(@PathVariable Long id, @Valid @RequestBody UnitForm unitForm) {
		return UnitView.of(new UnitTree.UnitNode(this.org.updateUnit(id, unitForm), 0));
	}

	@PostMapping("/{id}/deactivate")
	UnitView deactivate(@PathVariable Long id) {
		return UnitView.of(new UnitTree.UnitNode(this.org.deactivateUnit(id), 0));
	}

	@PostMapping("/{id}/activate")
	UnitView activate(@PathVariable Long id) {
		return UnitView.of(new UnitTree.UnitNode(this.org.activateUnit(id), 0));
	}

	/**
	 * A unit as the API shows it.
	 *
	 * @param depth 0 at the top of the tree; 0 also where the unit is shown on its own
	 */
	record UnitView(Long id, String code, String name, UnitType type, Long parentId, Long stationedAtId,
			int sortOrder, boolean active, int depth) {

		static UnitView of(UnitTree.UnitNode node) {
			Unit unit = node.unit();
			return new UnitView(unit.getId(), unit.getCode(), unit.getName(), unit.getType(), unit.getParentId(),
					unit.getStationedAtId(), unit.getSortOrder(), unit.isActive(), node.depth());
		}

	}

	/** A unit with the units below it. */
	record UnitBranch(Long id, String code, String name, UnitType type, Long stationedAtId, int sortOrder,
			boolean active, List<UnitBranch> children) {

		static UnitBranch of(Unit unit, UnitTree tree) {
			return new UnitBranch(unit.getId(), unit.getCode(), unit.getName(), unit.getType(),
					unit.getStationedAtId(), unit.getSortOrder(), unit.isActive(),
					tree.childrenOf(unit.getId()).stream().map(child -> of(child, tree)).toList());
		}

	}

}
