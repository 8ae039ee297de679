package org.coopbank.portal.standing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyStandingInstruction;
import org.coopbank.selfservice.SelfService;

/** {@code /portal/standing-instructions}: the signed-in customer's standing instructions, active ones first. */
@Named
@RequestScoped
public class StandingInstructionsBacking {

    @Inject
    SelfService self;

    @Inject
    CurrentCustomer me;

    private List<MyStandingInstruction> list;

    public List<MyStandingInstruction> getList() {
        if (list == null) {
            list = self.standingInstructions(me.actor());
        }
        return list;
    }
}
