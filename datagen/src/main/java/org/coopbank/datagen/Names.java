package org.coopbank.datagen;

import java.util.List;
import java.util.stream.Collectors;

/** Indian first names, surnames, streets and towns for generated customers, as SQL array literals. */
final class Names {

    static final List<String> FIRST = List.of("Aarav", "Aditi", "Aditya", "Ajay", "Akash", "Amit", "Ananya", "Anil",
            "Anjali", "Arjun", "Asha", "Bhavna", "Deepak", "Divya", "Farhan", "Gaurav", "Geeta", "Harish", "Imran",
            "Ishaan", "Jaya", "Kavita", "Kiran", "Krishna", "Lakshmi", "Mahesh", "Manoj", "Meera", "Mohan", "Nandini",
            "Neha", "Nikhil", "Pooja", "Prakash", "Priya", "Rahul", "Rajesh", "Ramesh", "Ravi", "Rekha", "Rohan",
            "Sachin", "Sandeep", "Sanjay", "Sarita", "Shabana", "Shreya", "Sneha", "Sunil", "Sunita", "Suresh",
            "Swati", "Tanvi", "Usha", "Varun", "Vidya", "Vijay", "Vikram", "Yash", "Zoya");

    static final List<String> LAST = List.of("Agarwal", "Bhat", "Chavan", "Desai", "Deshmukh", "Dubey", "Fernandes",
            "Gaikwad", "Ghosh", "Gupta", "Iyer", "Jadhav", "Joshi", "Kamble", "Kapoor", "Khan", "Kulkarni", "Kumar",
            "Menon", "Mishra", "More", "Nair", "Naik", "Pandey", "Patel", "Patil", "Pawar", "Pillai", "Rao", "Reddy",
            "Sawant", "Shaikh", "Sharma", "Shinde", "Singh", "Sinha", "Thakur", "Tiwari", "Verma", "Yadav");

    static final List<String> STREETS = List.of("MG Road", "Station Road", "Tilak Road", "Gandhi Nagar", "Shivaji Chowk",
            "Nehru Colony", "Market Yard", "Laxmi Road", "Ambedkar Marg", "Civil Lines", "Ram Nagar", "Sadar Bazar");

    /** "town, state PIN" */
    static final List<String> TOWNS = List.of("Pune, Maharashtra 411002", "Nashik, Maharashtra 422001",
            "Kolhapur, Maharashtra 416003", "Satara, Maharashtra 415001", "Sangli, Maharashtra 416416",
            "Belagavi, Karnataka 590001", "Hubballi, Karnataka 580020", "Nagpur, Maharashtra 440001",
            "Aurangabad, Maharashtra 431001", "Solapur, Maharashtra 413001", "Ahmednagar, Maharashtra 414001",
            "Indore, Madhya Pradesh 452001");

    static final List<String> BRANCHES = List.of("Market Yard", "Station Road", "MIDC Industrial Area", "Shivaji Nagar",
            "Camp", "Kothrud", "Hadapsar", "Baner", "Chinchwad", "Wakad");

    private Names() {
    }

    /** {@code ARRAY['a','b']}; the values are constants above, never input. */
    static String sqlArray(List<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(",", "ARRAY[", "]"));
    }
}
