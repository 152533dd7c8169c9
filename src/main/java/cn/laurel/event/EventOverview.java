package cn.laurel.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event with its groups, agenda and participants, and what the pages count from them: per group the seats given
 * against its number, the applications waiting and the attendance on the day.
 */
public record EventOverview(Event event, List<ParticipantGroup> groups, List<AgendaItem> agenda,
		List<Participant> participants) {

	public EventOverview {
		groups = List.copyOf(groups);
		agenda = List.copyOf(agenda);
		participants = List.copyOf(participants);
	}

	/** A group's figures: seats given of its number, applications waiting, people checked in. */
	public record GroupFigures(ParticipantGroup group, long seated, long applied, long checkedIn) {

		public long free() {
			return Math.max(0, this.group.quota() - this.seated);
		}

		/** Attendance as a whole percentage of the seats given. */
		public long attendancePercent() {
			return this.seated == 0 ? 0 : Math.round(100.0 * this.checkedIn / this.seated);
		}

	}

	public List<GroupFigures> figures() {
		return this.groups.stream().map(this::figures).toList();
	}

	private GroupFigures figures(ParticipantGroup group) {
		List<Participant> in = this.participants.stream().filter(p -> p.getGroupId() == group.id()).toList();
		return new GroupFigures(group, in.stream().filter(p -> p.getStatus().holdsSeat()).count(),
				in.stream().filter(p -> p.getStatus() == ParticipantStatus.APPLIED).count(),
				in.stream().filter(Participant::isCheckedIn).count());
	}

	/** The groups the public may apply to now: open for sign-up with a seat free. */
	public List<ParticipantGroup> signUpGroups() {
		return figures().stream()
			.filter(f -> f.group().openSignUp() && f.free() > 0)
			.map(GroupFigures::group)
			.toList();
	}

	public Optional<ParticipantGroup> group(long groupId) {
		return this.groups.stream().filter(g -> g.id() == groupId).findFirst();
	}

	public String groupName(long groupId) {
		return group(groupId).map(ParticipantGroup::name).orElse("");
	}

	/** The participants of one group, in the order they came. */
	public List<Participant> in(ParticipantGroup group) {
		return this.participants.stream().filter(p -> p.getGroupId() == group.id()).toList();
	}

	/** The agenda items of each part together, for the 活动方案 and the phone page; an item without a part is its own. */
	public List<List<AgendaItem>> agendaParts() {
		ArrayList<List<AgendaItem>> parts = new ArrayList<>();
		for (AgendaItem item : this.agenda) {
			List<AgendaItem> last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
			if (last != null && item.part() != null && item.part().equals(last.get(0).part())) {
				last.add(item);
			}
			else {
				parts.add(new ArrayList<>(List.of(item)));
			}
		}
		return parts.stream().map(List::copyOf).toList();
	}

}
