// Placeholder: replaced by the openCypher grammar.
grammar Cypher;
script : WS* EOF ;
WS : [ \t\r\n]+ ;
