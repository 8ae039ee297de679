package org.coopbank.staff;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class StaffRoleConverter implements AttributeConverter<StaffRole, String> {

    @Override
    public String convertToDatabaseColumn(StaffRole role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public StaffRole convertToEntityAttribute(String name) {
        return name == null ? null : StaffRole.fromRoleName(name);
    }
}
