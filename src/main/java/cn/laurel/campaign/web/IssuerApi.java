package cn.laurel.campaign.web;

import cn.laurel.campaign.Issuer;
import cn.laurel.campaign.Issuers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The campaign's 公文 settings as JSON: 发文机关, 主送, the 公示's 发文字号 and its contact for objections. The seal
 * is uploaded on the page; {@code hasSeal} tells whether there is one. Refusals answer 400 ({@link CampaignApiErrors}).
 */
@RestController
@RequestMapping("/api/v1")
class IssuerApi {

	private final Issuers issuers;

	IssuerApi(Issuers issuers) {
		this.issuers = issuers;
	}

	@GetMapping("/campaigns/{id}/issuer")
	Issuer issuer(@PathVariable long id) {
		return this.issuers.of(id);
	}

	@PutMapping("/campaigns/{id}/issuer")
	Issuer describe(@PathVariable long id, @RequestBody Issuer issuer) {
		return this.issuers.describe(id, issuer);
	}

}
