package cn.laurel.publicity.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** What a member of the public types on the objection form; kept as typed when the form is shown again. */
class ObjectionForm {

	private Long nominationId;

	private String name;

	private String phone;

	private String content;

	private List<MultipartFile> evidence = new ArrayList<>();

	public Long getNominationId() {
		return this.nominationId;
	}

	public void setNominationId(Long nominationId) {
		this.nominationId = nominationId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public List<MultipartFile> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<MultipartFile> evidence) {
		this.evidence = evidence;
	}

}
