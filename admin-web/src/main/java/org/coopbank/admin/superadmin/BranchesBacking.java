package org.coopbank.admin.superadmin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.branch.Branch;
import org.coopbank.branch.BranchRow;
import org.coopbank.branch.BranchService;

/**
 * Branches: the list with what is open at each, a new branch, name and address changed, closing (after a
 * confirmation) and reopening. Each action calls one {@link BranchService} method, which validates and audits.
 */
@Named
@ViewScoped
public class BranchesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BranchService branches;

    @Inject
    CurrentStaff current;

    private List<BranchRow> rows;
    private String code;
    private String name;
    private String address;
    /** The branch being changed (its name and address are in the same fields as a new branch's), or null. */
    private BranchRow editing;
    /** The branch waiting for the confirmation of its closing, or null. */
    private BranchRow closing;

    public List<BranchRow> getRows() {
        if (rows == null) {
            rows = branches.overview(current.actor());
        }
        return rows;
    }

    public void create() {
        Branch b = branches.create(new BranchService.NewBranch(code == null ? null : code.trim(), name, address),
                current.actor());
        info(Texts.format("branches.created", b.code(), b.name()));
        clear();
    }

    public void edit(BranchRow row) {
        closing = null;
        editing = row;
        code = null;
        name = row.name();
        address = row.address();
    }

    public void save() {
        Branch b = branches.edit(editing.id(), new BranchService.BranchDetails(name, address), current.actor());
        info(Texts.format("branches.saved", b.code(), b.name()));
        clear();
    }

    public void askToClose(BranchRow row) {
        closing = row;
    }

    public void close() {
        Branch b = branches.close(closing.id(), current.actor());
        info(Texts.format("branches.closed", b.code(), b.name()));
        closing = null;
        rows = null;
    }

    public void reopen(BranchRow row) {
        Branch b = branches.reopen(row.id(), current.actor());
        info(Texts.format("branches.reopened", b.code(), b.name()));
        rows = null;
    }

    public void cancelClose() {
        closing = null;
    }

    public void cancelEdit() {
        editing = null;
        name = null;
        address = null;
    }

    private void clear() {
        editing = null;
        code = null;
        name = null;
        address = null;
        rows = null;
    }

    /** What closing will do, for the confirmation. */
    public String getCloseText() {
        return closing == null ? "" : Texts.format("branches.closeText", closing.code(), closing.name(), closing.staff());
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public BranchRow getEditing() {
        return editing;
    }

    public BranchRow getClosing() {
        return closing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
