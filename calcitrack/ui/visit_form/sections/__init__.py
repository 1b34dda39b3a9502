"""The visit form's sections: vitals, scores, labs, lesions, range of motion, medications."""
