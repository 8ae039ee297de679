package org.coopbank.admin.clerk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;

/**
 * Onboarding a customer: the KYC form, a review step (the service checks the details without saving them), then
 * the registration. {@link CustomerService} owns every rule; its violations land beside the fields they name.
 */
@Named
@ViewScoped
public class OnboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerService customers;

    @Inject
    BranchService branches;

    @Inject
    CurrentStaff current;

    private List<SelectItem> branchItems;
    private Long branchId;
    private String fullName;
    private LocalDate dateOfBirth;
    private String mobile;
    private String email;
    private String address;
    private String panNumber;
    private String aadhaarNumber;
    private String nomineeName;
    private String nomineeRelation;
    private boolean reviewing;

    @PostConstruct
    void init() {
        branchItems = branches.listOpen().stream()
                .map(b -> new SelectItem(b.id(), b.code() + " " + b.name())).toList();
        branchId = current.get().branch().id();
    }

    /** The review step: the service checks everything it would on saving; nothing is saved. */
    public void review() {
        customers.checkRegistration(registration(), current.actor());
        reviewing = true;
    }

    public void edit() {
        reviewing = false;
    }

    public String confirm() {
        Customer c = customers.register(registration(), current.actor());
        return ClerkPages.toCustomer(c.id(), ClerkPages.text("onboard.done", c.customerNumber(), c.fullName()));
    }

    private CustomerService.Registration registration() {
        return new CustomerService.Registration(branchId, fullName, dateOfBirth, mobile, email, address, panNumber,
                aadhaarNumber, nomineeName, nomineeRelation);
    }

    /** The branch as the review shows it. */
    public String getBranchLabel() {
        return branchItems.stream().filter(i -> i.getValue().equals(branchId)).map(SelectItem::getLabel)
                .findFirst().orElse("");
    }

    /** Aadhaar as the review shows it: only the last four digits, which is all the bank keeps. */
    public String getAadhaarMasked() {
        return aadhaarNumber == null || aadhaarNumber.length() < 4 ? ""
                : "XXXX XXXX " + aadhaarNumber.substring(aadhaarNumber.length() - 4);
    }

    public List<SelectItem> getBranchItems() {
        return branchItems;
    }

    public boolean isReviewing() {
        return reviewing;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPanNumber() {
        return panNumber;
    }

    public void setPanNumber(String panNumber) {
        this.panNumber = panNumber;
    }

    public String getAadhaarNumber() {
        return aadhaarNumber;
    }

    public void setAadhaarNumber(String aadhaarNumber) {
        this.aadhaarNumber = aadhaarNumber;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public void setNomineeName(String nomineeName) {
        this.nomineeName = nomineeName;
    }

    public String getNomineeRelation() {
        return nomineeRelation;
    }

    public void setNomineeRelation(String nomineeRelation) {
        this.nomineeRelation = nomineeRelation;
    }
}
