package cn.laurel.award;

import java.util.List;

import cn.laurel.campaign.Violation;
import cn.laurel.system.Refusal;

/** A decision or award verb was refused; the reasons are message keys with their arguments. */
public class AwardRefused extends Refusal {

	AwardRefused(List<Violation> reasons) {
		super(Kind.UNPROCESSABLE, reasons);
	}

}
