-- The HR stations' monthly hiring checks (department data kind HIRING_CHECK; SEED annex 3: the towns' 人力资源保障站
-- "必须查验《流动人口婚育证明》，要有查验登记，并向所属的镇人民政府或街道办事处提供有关数据"; 《流动人口计划生育工作条例》
-- art. 9, 15): the employer, whether the worker presented her certificate, and its number. Null for other kinds.
alter table department_record add column employer varchar(100);
alter table department_record add column certificate_presented boolean;
alter table department_record add column certificate_number varchar(40);
