package org.example.gov.trading.award;

import java.util.Optional;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.trading.tender.LotId;

/**
 * Why a lot's procedure is on hold, if it is: a supervising department handling a complaint may suspend it (招标投标法实施
 * 条例 第62条, 政府采购法 第57条). The complaints capability answers; the award and the contract ask, inside their
 * transaction, so a suspension and an award cannot cross.
 */
public interface ProcedureHold {

    ProcedureHold NONE = lot -> Optional.empty();

    /** The reason the lot's procedure is suspended now, or empty. */
    Optional<String> on(LotId lotId);

    /** 422 PROCEDURE_SUSPENDED when the lot is on hold. */
    default void requireNone(LotId lotId, String step) {
        on(lotId).ifPresent(why -> {
            throw new BusinessRuleViolationException("PROCEDURE_SUSPENDED", null,
                    "The procedure of lot {0} is suspended ({1}): no {2} meanwhile", lotId, why, step);
        });
    }
}
